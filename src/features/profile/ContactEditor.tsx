import { Text, View } from '@tarojs/components'
import type { MeResponse } from '@core/contract'
import { BigButton, ButtonRow } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField, PHONE_INPUT_MAX } from '../../components/FormField'
import { BuildingChoice } from '../buildings/BuildingChoice'
import { FormNotice } from '../../shared/FormNotice'
import { useContactEditor } from './useContactEditor'
import './ContactEditor.scss'

/** 我的联系方式: what is on record (phone masked) and a form to correct it. */
export function ContactEditor({ me }: { me: MeResponse }) {
  const { form, open, start, cancel } = useContactEditor(me)
  const person = me.person
  if (!open) {
    return (
      <Card title="我的联系方式">
        {/* The numbers themselves are on the profile card above; this card is for changing them. */}
        <Text className="hl-contact__intro">手机号、楼栋或单元有变化时，请在这里修改，方便社区联系您。</Text>
        <View className="hl-contact__action">
          <BigButton kind="secondary" block onClick={start}>
            修改联系方式
          </BigButton>
        </View>
      </Card>
    )
  }
  const { errors, busy, submit, field } = form
  return (
    <Card title="修改联系方式">
      <FormField
        label="新手机号"
        optional
        type="number"
        maxLength={PHONE_INPUT_MAX}
        placeholder="不修改请留空"
        hint={`现在的号码：${person?.phoneMasked ?? '未填写'}`}
        {...field('phone')}
      />
      <BuildingChoice building={field('building')} unit={field('unit')} />
      <FormNotice message={errors.general} />
      <ButtonRow>
        <BigButton kind="secondary" disabled={busy} onClick={cancel}>
          取消
        </BigButton>
        <BigButton busy={busy} onClick={() => void submit()}>
          保存
        </BigButton>
      </ButtonRow>
    </Card>
  )
}
