import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

/** The check-in text as a big QR image (the qrcode-generator of points' PickupQr, byte mode for its letters). */
export function CheckInQr({ text, label }: { text: string; label: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(text, 'Byte')
    qr.make()
    return qr.createDataURL(8, 2)
  }, [text])
  return <Image className="hl-checkin-code__qr" src={src} mode="aspectFit" ariaLabel={label} />
}
