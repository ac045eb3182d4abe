import type { ReactNode } from 'react'
import { Button, View } from '@tarojs/components'

export interface ToolbarProps {
  /** What stands left of the button: a search input, a filter, a note. */
  children: ReactNode
  /** The primary button's text (新增, 新建小组…). */
  addText: string
  onAdd: () => void
  addTestId?: string
}

/** The bar above a list: search or filter on the left, the add button on the right. */
export default function Toolbar({ children, addText, onAdd, addTestId }: ToolbarProps) {
  return (
    <View className="toolbar">
      {children}
      <Button className="btn btn-primary" onClick={onAdd} data-testid={addTestId}>
        {addText}
      </Button>
    </View>
  )
}
