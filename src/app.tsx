import type { PropsWithChildren } from 'react'
import { ElderModeProvider } from './features/elder/ElderModeContext'
import './app.scss'

export default function App({ children }: PropsWithChildren) {
  return <ElderModeProvider>{children}</ElderModeProvider>
}
