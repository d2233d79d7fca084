import { View } from '@tarojs/components'
import { useState } from 'react'
import type { WishView } from '@core/contract'
import { WISH_POINTS } from '@core/community/constants'
import type { Outcome } from '../../shared/outcome'
import { BigButton } from '../../components/BigButton'
import { FormField } from '../../components/FormField'
import { PhotoPicker } from '../../components/PhotoPicker'
import { confirmAction } from '../../shared/confirm'
import { FormNotice } from '../../shared/FormNotice'
import { useProblemLine } from '../../shared/useProblemLine'
import { useUpload } from '../../shared/useUpload'
import './community.scss'

interface Props {
  wish: WishView
  busyWith: string | null
  signedUp: boolean
  claim: () => Promise<Outcome<unknown>>
  fulfil: (photo: string, note: string) => Promise<Outcome<unknown>>
  confirm: () => Promise<Outcome<number>>
}

/** What the caller can do with a wish: 我来认领 (anyone but the wisher), 提交完成 (the claimant), 确认完成 (the wisher). */
export function WishActions({ wish, busyWith, signedUp, claim, fulfil, confirm }: Props) {
  const [photos, setPhotos] = useState<string[]>([])
  const [note, setNote] = useState('')
  const { problem, setProblem, settle } = useProblemLine()
  const upload = useUpload('image')

  const onClaim = async () => {
    if (await confirmAction('认领心愿', `认领后请在 ${wish.needBy} 前完成，逾期未完成会退回心愿墙。确定认领吗？`, '认领'))
      settle(await claim(), '认领成功')
  }
  const onFulfil = async () => {
    if (!photos[0]) return setProblem('请上传一张完成时的照片')
    settle(await fulfil(photos[0], note.trim()), '已提交，等待许愿人确认')
  }
  const onConfirm = async () => {
    if (await confirmAction('确认完成', `确认心愿已完成？完成人将获得 ${WISH_POINTS} 积分。`, '确认'))
      settle(await confirm(), '已确认，谢谢')
  }

  let body: React.ReactNode = null
  if (wish.status === 'open' && wish.myPart !== 'wisher' && signedUp)
    body = (
      <BigButton block busy={busyWith === 'claim'} onClick={() => void onClaim()}>
        我来认领
      </BigButton>
    )
  else if (wish.status === 'claimed' && wish.myPart === 'claimant')
    body = (
      <>
        <PhotoPicker label="完成照片" max={1} value={photos} onChange={setPhotos} upload={upload} />
        <FormField label="完成说明（可不填）" placeholder="例如：已送到家中" value={note} maxLength={200} onChange={setNote} />
        <BigButton block busy={busyWith === 'fulfil'} onClick={() => void onFulfil()}>
          提交完成
        </BigButton>
      </>
    )
  else if (wish.status === 'fulfilled' && wish.myPart === 'wisher')
    body = (
      <BigButton block busy={busyWith === 'confirm'} onClick={() => void onConfirm()}>
        确认心愿已完成
      </BigButton>
    )
  if (!body && !problem) return null
  return (
    <View className="hl-community__actions">
      <FormNotice message={problem} />
      {body}
    </View>
  )
}
