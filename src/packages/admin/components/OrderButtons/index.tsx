import { Button, View } from '@tarojs/components'
import './index.scss'

export interface OrderButtonsProps {
  /** What is moved, for the screen reader (片区名 or 单位名). */
  name: string
  first: boolean
  last: boolean
  busy: boolean
  onMove: (direction: 'up' | 'down') => void
  testId?: string
}

/**
 * 上移 / 下移 for the admin's order of areas and units. Buttons rather than drag: they work the
 * same on weapp and H5, need no gesture library, and are easy to hit for older hands (88 rpx high).
 */
export default function OrderButtons({ name, first, last, busy, onMove, testId }: OrderButtonsProps) {
  return (
    <View className="order-buttons" onClick={(e) => e.stopPropagation()}>
      <Button
        className={`btn order-button${first || busy ? ' btn-disabled' : ''}`}
        disabled={first || busy}
        ariaLabel={`${name}上移`}
        onClick={() => onMove('up')}
        data-testid={testId ? `${testId}-up` : undefined}
      >
        上移
      </Button>
      <Button
        className={`btn order-button${last || busy ? ' btn-disabled' : ''}`}
        disabled={last || busy}
        ariaLabel={`${name}下移`}
        onClick={() => onMove('down')}
        data-testid={testId ? `${testId}-down` : undefined}
      >
        下移
      </Button>
    </View>
  )
}
