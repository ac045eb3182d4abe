import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import FieldError from '@/components/FieldError'
import TextAreaField from '@/components/TextAreaField'
import { useSave } from '@/hooks/useSave'

/** The secretary's answer to feedback: rectification measures and how they were carried out. */
export default function RectifyForm({ observationId, onDone }: { observationId: string; onDone: () => void }) {
  const [measures, setMeasures] = useState('')
  const [evidence, setEvidence] = useState('')
  const saver = useSave('observe.rectify.submit')
  const submit = async () => {
    const saved = await saver.save({ observationId, measures, evidence })
    if (!saved) return
    void Taro.showToast({ title: '已提交', icon: 'success' })
    onDone()
  }
  return (
    <View className="rectify-form" data-testid="rectify-form">
      <TextAreaField
        name="measures"
        label="整改措施"
        error={saver.errors.measures}
        value={measures}
        placeholder="针对反馈问题采取的整改措施"
        maxlength={2000}
        onInput={(v) => {
          setMeasures(v)
          saver.clear('measures')
        }}
        testId="rectify-measures"
      />
      <TextAreaField
        name="evidence"
        label="整改落实情况"
        error={saver.errors.evidence}
        hint="如会议记录、学习计划修订等佐证材料的说明"
        value={evidence}
        placeholder="整改落实的情况和佐证"
        maxlength={2000}
        onInput={(v) => {
          setEvidence(v)
          saver.clear('evidence')
        }}
        testId="rectify-evidence"
      />
      <FieldError name="form" message={saver.errors._ ?? saver.errors.observationId} />
      <Button
        className="btn btn-primary btn-block"
        loading={saver.busy}
        disabled={saver.busy}
        onClick={() => void submit()}
        data-testid="rectify-submit"
      >
        提交整改情况
      </Button>
    </View>
  )
}
