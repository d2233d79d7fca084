import { PageState } from '../../components/PageState'
import { PageRoot } from '../../features/elder/PageRoot'

export default function Page() {
  return (
    <PageRoot>
      <PageState kind='empty' title='即将上线' />
    </PageRoot>
  )
}
