import type { ReactNode } from 'react'
import Dialog from '@/components/Dialog'

/** The parts of a `useEditor` result the dialog reads. */
export interface EditorDialogEditor {
  /** The record being edited, 'new', or null while closed. */
  editing: unknown
  isNew: boolean
  busy: boolean
  submit: () => void | Promise<void>
  close: () => void
}

export interface EditorDialogProps {
  editor: EditorDialogEditor
  /** Title while adding a record. */
  newTitle: string
  /** Title while editing an existing record. */
  editTitle: string
  children?: ReactNode
  confirmText?: string
  testId?: string
}

/** The add/edit dialog of an admin list, driven by a `useEditor` result. */
export default function EditorDialog({ editor, newTitle, editTitle, children, confirmText = '保存', testId }: EditorDialogProps) {
  return (
    <Dialog
      open={editor.editing !== null}
      title={editor.isNew ? newTitle : editTitle}
      confirmText={confirmText}
      busy={editor.busy}
      onConfirm={editor.submit}
      onCancel={editor.close}
      testId={testId}
    >
      {children}
    </Dialog>
  )
}
