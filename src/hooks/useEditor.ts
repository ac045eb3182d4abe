import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionName, InputOf } from '@/core/contract'
import { useSave } from './useSave'

export interface EditorOptions<Item, Form, N extends ActionName> {
  /** The form's values for a record, or for a new one. */
  toForm: (item: Item | 'new') => Form
  /** The save action's input from the form (id is set when editing). */
  toInput: (form: Form, id: string | undefined) => InputOf<N>
  idOf: (item: Item) => string
  /** After a successful save (reload the list). */
  onSaved: () => void
}

/**
 * Add/edit in a dialog for the admin lists: which record is open, the form values, field
 * errors, and a save that keeps one idempotency key per submission.
 */
export function useEditor<Item, Form, N extends ActionName>(action: N, options: EditorOptions<Item, Form, N>) {
  const saver = useSave(action)
  const [editing, setEditing] = useState<Item | 'new' | null>(null)
  const [form, setForm] = useState<Form>(() => options.toForm('new'))

  const open = (item: Item | 'new') => {
    saver.reset()
    setForm(options.toForm(item))
    setEditing(item)
  }

  const change = (patch: Partial<Form>, field: string) => {
    setForm((f) => ({ ...f, ...patch }))
    saver.clear(field)
  }

  const submit = async () => {
    const id = editing && editing !== 'new' ? options.idOf(editing) : undefined
    const saved = await saver.save(options.toInput(form, id))
    if (!saved) return
    setEditing(null)
    void Taro.showToast({ title: '已保存', icon: 'success' })
    options.onSaved()
  }

  return {
    editing,
    isNew: editing === 'new',
    form,
    open,
    close: () => setEditing(null),
    change,
    submit,
    errors: saver.errors,
    busy: saver.busy
  }
}
