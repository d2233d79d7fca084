import { Text } from '@tarojs/components'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { SubmitBar } from '../../shared/FormNotice'
import type { FormController } from '../../shared/useFormSubmit'
import type { SetupAdminField } from './useSetupFirstAdmin'
import '../../shared/forms.scss'

/** 社区党委管理员初始化: the one-time code from whoever deployed the mini-program, and the committee's name. */
export function SetupAdminForm({ form }: { form: FormController<SetupAdminField> }) {
  const { errors, busy, submit, field } = form
  return (
    <Card title="社区党委管理员初始化">
      <Text className="hl-form__intro">
        只在小程序刚部署时使用一次：输入部署人员提供的初始化码，您将成为社区党委管理员，之后可在「我的」里管理组织、花名册和各项工作。初始化码用过即作废。
      </Text>
      <FormField label="初始化码" placeholder="请输入初始化码" {...field('code')} maxLength={64} />
      <FormField
        label="社区党委名称"
        placeholder="例如：滨湖世纪社区党委"
        {...field('committeeName')}
        maxLength={30}
        hint="尚未建立社区党委时按此名称创建；已有社区党委时不会改名"
      />
      <SubmitBar problem={errors.general} busy={busy} label="确认初始化" onSubmit={submit} actionsClass="hl-form__actions" />
    </Card>
  )
}
