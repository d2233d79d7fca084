import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

/** The pickup code as a QR image (scanned at the 公益集市 desk); the digits are shown beside it too. */
export function PickupQr({ code }: { code: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(code, 'Numeric')
    qr.make()
    return qr.createDataURL(6, 2)
  }, [code])
  return <Image className="hl-order__qr" src={src} mode="aspectFit" aria-label={`取货码 ${code} 的二维码`} />
}
