import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { RecordRow } from '../../components/RecordRow'
import { PageRoot } from '../../features/elder/PageRoot'
import { useUnvisited } from '../../features/care/useCare'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageLoaded } from '../../shared/PageLoaded'

const DAY_CHOICES = ['30', '60', '90', '180']

/** 未走访名单: elderly members in my scope nobody has visited or called in N days, with their helper. */
export default function CareUnvisitedPage() {
  const { days, setDays, list } = useUnvisited()
  return (
    <PageRoot>
      <Card title="多久没有走访">
        <ChipGroup
          label="超过"
          options={DAY_CHOICES.map((value) => ({ value, label: `${value} 天` }))}
          value={String(days)}
          onChange={(d) => setDays(Number(d))}
        />
      </Card>
      <PageLoaded list={list} empty={{ title: `${days} 天内长辈们都走访过了`, description: '下拉可刷新。' }}>
        {(elders) => (
          <Card>
            {elders.map((elder) => (
              <RecordRow
                key={elder.id}
                testId="unvisited-elder"
                title={elder.name}
                lines={[
                  [elder.orgName, elder.building].filter(Boolean).join(' · '),
                  elder.lastVisitDate ? `上次走访 ${elder.lastVisitDate}` : '还没有走访记录',
                  elder.helperName ? `结对党员：${elder.helperName}` : '还没有结对党员',
                ]}
                actions={
                  <BigButton
                    kind="secondary"
                    onClick={() =>
                      void Taro.navigateTo({
                        url: `/pages/care-visit/index?elderId=${elder.id}&name=${encodeURIComponent(elder.name)}&care=1`,
                      })
                    }
                  >
                    记录走访或慰问
                  </BigButton>
                }
              />
            ))}
          </Card>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
