import { Text, View } from '@tarojs/components'
import { TOPIC_DEADLINE_MAX_DAYS, TOPIC_OPTIONS_MAX } from '@core/community/deliberation'
import { beijingDayBefore } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { DateField, FormField, TextAreaField } from '../../components/FormField'
import type { FormController } from '../../shared/useFormSubmit'
import { FormNotice } from '../../shared/FormNotice'
import './govern.scss'

/** The fields of a topic (议题、背景、选项 one a line、截止日期) and its submit button. */
export function TopicFields({
  form,
  submitText,
  hint,
}: {
  form: FormController<'title' | 'background' | 'options' | 'deadlineDay'>
  submitText: string
  hint?: string
}) {
  return (
    <View>
      {hint ? <Text className="hl-govern__muted">{hint}</Text> : null}
      <FormField label="议题" placeholder="例如：3栋楼下是否加装电动车充电桩" maxLength={40} {...form.field('title')} />
      <TextAreaField label="背景" placeholder="为什么要议、各方的情况" maxLength={1000} {...form.field('background')} />
      <TextAreaField
        label="选项（每行一个）"
        size="short"
        hint={`2 到 ${TOPIC_OPTIONS_MAX} 个选项`}
        maxLength={TOPIC_OPTIONS_MAX * 41}
        {...form.field('options')}
      />
      <DateField
        label="投票截止日期（当天 20:00 截止）"
        value={form.values.deadlineDay}
        start={beijingDayBefore(new Date(), -1)}
        end={beijingDayBefore(new Date(), -TOPIC_DEADLINE_MAX_DAYS + 1)}
        onChange={(day) => form.setField('deadlineDay', day)}
      />
      <FormNotice message={form.errors.general ?? form.errors.fields.deadlineDay ?? null} />
      <BigButton block busy={form.busy} onClick={() => void form.submit()}>
        {submitText}
      </BigButton>
    </View>
  )
}
