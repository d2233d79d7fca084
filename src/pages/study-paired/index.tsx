import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import { DeliveryForm } from '../../features/study/DeliveryForm'
import { kindLabel, minutesText } from '../../features/study/labels'
import { useMaterials, usePairedStudy } from '../../features/study/useStudy'
import { DELIVERY_METHOD_LABELS } from '@core/study/rules'
import './index.scss'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { RemoteMeetings } from '../../features/activities/RemoteMeetings'

/** 结对送学: for each elder I help, the assigned materials they have not studied, and a form to record a delivery. */
function PairedStudyPageContent() {
  const paired = usePairedStudy()
  const materials = useMaterials(null)
  const reload = async () => {
    await Promise.all([paired.reload(), materials.reload()])
  }
  usePullToReload(reload)
  return (
    <PageRoot>
      <Loaded
        state={{ ...paired, reload }}
        empty={(data) =>
          !data.elders.length && { title: '您还没有结对的长辈', description: '支部书记为您安排结对后，这里会显示长辈要学的资料' }
        }
      >
        {(data) =>
          data.elders.map((elder) => (
            <Card key={elder.id} title={elder.name}>
              <View className="hl-paired" data-testid="paired-elder">
                <Text className="hl-paired__heading">还没有学的指派资料</Text>
                {elder.pending.length ? (
                  elder.pending.map((item) => (
                    <View key={item.materialId} className="hl-paired__pending">
                      <Text className="hl-paired__title">
                        {kindLabel(item.kind)} {item.title}
                      </Text>
                      <Tag tone="red">{`${item.dueDate} 前完成`}</Tag>
                    </View>
                  ))
                ) : (
                  <Text className="hl-muted">指派的资料都学过了。</Text>
                )}
                {elder.recent.length ? (
                  <>
                    <Text className="hl-paired__heading">最近送学</Text>
                    {elder.recent.map((delivery) => (
                      <Text key={delivery.id} className="hl-muted">
                        {delivery.date} {DELIVERY_METHOD_LABELS[delivery.method]}《{delivery.materialTitle}》{minutesText(delivery.minutes)}
                      </Text>
                    ))}
                  </>
                ) : null}
                <BigButton
                  kind="secondary"
                  block
                  onClick={() =>
                    void Taro.navigateTo({ url: `/pages/care-visit/index?elderId=${elder.id}&name=${encodeURIComponent(elder.name)}` })
                  }
                >
                  记录走访与需求
                </BigButton>
                <RemoteMeetings forPersonId={elder.id} forName={elder.name} asCard={false} />
                <Text className="hl-paired__heading">记录一次送学</Text>
                <DeliveryForm elder={elder} materials={materials.items} onRecorded={() => void paired.reload()} />
              </View>
            </Card>
          ))
        }
      </Loaded>
    </PageRoot>
  )
}

export default gatedPage('study', 'member', PairedStudyPageContent)
