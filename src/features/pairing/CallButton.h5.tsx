import '../../components/BigButton/index.scss'
import './CallButton.h5.scss'

/** 拨打电话 in the browser: a real tel: link, which phones open in their dialler. */
export function CallButton({ phone, name }: { phone: string; name: string }) {
  return (
    <a
      className="hl-button hl-button--secondary hl-button--block hl-call-link"
      href={`tel:${phone}`}
      aria-label={`拨打电话：${name} ${phone}`}
    >
      拨打电话
    </a>
  )
}
