import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

export interface QrImageProps {
  text: string
  /** Numeric: digits only (a denser code); Byte: any text. */
  mode: 'Numeric' | 'Byte'
  /** Pixels per module of the drawn image (bigger for a screen read across a room). */
  cellSize: number
  className: string
  /** What the code is, for screen readers. */
  label: string
}

/** A QR code drawn as an image (qrcode-generator), error correction M, two modules of margin. */
export function QrImage({ text, mode, cellSize, className, label }: QrImageProps) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(text, mode)
    qr.make()
    return qr.createDataURL(cellSize, 2)
  }, [text, mode, cellSize])
  return <Image className={className} src={src} mode="aspectFit" ariaLabel={label} />
}
