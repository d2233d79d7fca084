import { Text, View } from '@tarojs/components'
import { excerptOf, BODY_MAX_CHARS } from '@core/notices/rich-text'
import { DAILY_CAP_MINUTES_PER_MATERIAL } from '@core/study/rules'
import { Tag } from '../../components/Tag'
import { useElderMode } from '../../features/elder/ElderModeContext'
import { PageRoot } from '../../features/elder/PageRoot'
import { ReadAloud } from '../../features/elder/ReadAloud'
import { NoticeBody } from '../../features/notices/NoticeBody'
import { PageLoaded } from '../../shared/PageLoaded'
import { AudioPlayer } from '../../features/study/AudioPlayer'
import { kindLabel, minutesText } from '../../features/study/labels'
import { PdfLink } from '../../features/study/PdfLink'
import { useMaterial } from '../../features/study/useStudy'
import { useStudyTimer } from '../../features/study/useStudyTimer'
import './index.scss'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { useRouteId } from '../../shared/useRouteId'

/** One material: the article, its audio (remembers where you stopped) or its PDF; study time is counted while open. */
function StudyDetailPageContent() {
  const id = useRouteId()
  const loaded = useMaterial(id)
  const material = loaded.data?.material
  const timer = useStudyTimer(material ? material.id : null)
  const { elder } = useElderMode()

  const capped = timer.last?.capReached

  return (
    <PageRoot>
      <PageLoaded state={loaded} missing={{ title: '没有指定学习资料', description: '请从学习资料列表打开' }}>
        {({ material }) => (
          <View className="hl-sheet" onTouchStart={timer.activity}>
            <View>
              <Tag>{kindLabel(material.kind)}</Tag>
              <Tag>{material.topic}</Tag>
              {material.dueDate ? <Tag tone="red">{`${material.dueDate} 前完成`}</Tag> : null}
            </View>
            <Text className="hl-page-title" aria-role="heading">
              {material.title}
            </Text>
            {material.summary ? <Text className="hl-muted">{material.summary}</Text> : null}
            <Text className="hl-study__status" data-testid="study-timer" aria-live="polite">
              {capped
                ? `今天这份资料已计满 ${DAILY_CAP_MINUTES_PER_MATERIAL} 分钟，明天再学会继续计时`
                : timer.running
                  ? '● 正在记录学习时间（阅读或收听时计时）'
                  : '‖ 暂停计时（离开页面或较长时间没有操作）'}
            </Text>
            <Text className="hl-muted hl-study__progress">
              约需 {minutesText(material.durationMinutes)} ·{' '}
              {material.studiedMinutes ? `已学 ${minutesText(material.studiedMinutes)}` : '还没有学习记录'}
            </Text>
            {material.audioFileId ? (
              <AudioPlayer
                materialId={material.id}
                fileId={material.audioFileId}
                title={material.title}
                onPlayingChange={timer.setListening}
              />
            ) : elder && material.body.length ? (
              <ReadAloud text={`${material.title}。${excerptOf(material.body, BODY_MAX_CHARS)}`} onPlayingChange={timer.setListening} />
            ) : null}
            {material.body.length ? <NoticeBody body={material.body} /> : null}
            {material.pdfFileId ? (
              <View className="hl-study__pdf">
                <PdfLink fileId={material.pdfFileId} onOpen={timer.openedDocument} />
              </View>
            ) : null}
          </View>
        )}
      </PageLoaded>
    </PageRoot>
  )
}

export default gatedPage('study', 'member', StudyDetailPageContent)
