import { setupFirstAdmin } from '../../services/members'
import { reloadMeThenHome } from './backHome'
import { useFormSubmit } from '../../shared/useFormSubmit'

export type SetupAdminField = 'code' | 'committeeName'

export const SETUP_ADMIN_PAGE = '/pages/setup-admin/index'

/** 社区党委管理员初始化: the form's state; on success `me` is reloaded and 首页 shows the admin's entries. */
export function useSetupFirstAdmin() {
  return useFormSubmit<SetupAdminField, unknown>({
    initial: { code: '', committeeName: '' },
    required: { code: '请输入初始化码', committeeName: '请填写社区党委名称' },
    send: (values) => setupFirstAdmin(values),
    onSuccess: () => reloadMeThenHome('已成为社区党委管理员'),
  })
}
