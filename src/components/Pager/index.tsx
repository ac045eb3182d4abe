import { Button, View } from '@tarojs/components'
import './index.scss'

export interface PagerProps {
  /** The first row shown (0-based). */
  offset: number
  pageSize: number
  total: number
  onChange: (offset: number) => void
}

/** 上一页 / 下一页 under a list paged by the store; nothing when everything fits on one page. */
export default function Pager({ offset, pageSize, total, onChange }: PagerProps) {
  if (offset === 0 && total <= pageSize) return null
  return (
    <View className="pager">
      <Button className="btn" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - pageSize))}>
        上一页
      </Button>
      <Button className="btn" disabled={offset + pageSize >= total} onClick={() => onChange(offset + pageSize)}>
        下一页
      </Button>
    </View>
  )
}
