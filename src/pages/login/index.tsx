import { useEffect, useRef, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import FieldError from '@/components/FieldError'
import TextField from '@/components/TextField'
import { useFieldErrors } from '@/hooks/useFieldErrors'
import { useNoHomeButton } from '@/hooks/useNoHomeButton'
import { useSession } from '@/hooks/useSession'
import { useSubmission } from '@/hooks/useSubmission'
import { afterLogin } from '@/services/routes'
import { bind, login } from '@/services/session'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** H5: phone + one-time code. Weapp: bind this WeChat account with name + phone + code. */
export default function LoginPage() {
  const session = useSession()
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const { errors, show, clear } = useFieldErrors()
  const submission = useSubmission()
  useNoHomeButton()
  /** An input handler that stores the text and clears the field's error. */
  const typed = (set: (value: string) => void, field: string) => (value: string) => {
    set(value)
    clear(field)
  }

  // Signed in (now or already): where the person was going, once — the effect and submit both get here.
  const left = useRef(false)
  const leave = () => {
    if (left.current) return
    left.current = true
    afterLogin()
  }

  useEffect(() => {
    if (session.status === 'ready' && session.me) leave()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.status, session.me])

  const submit = async () => {
    if (submission.busy) return
    clear()
    if (IS_WEAPP && !name.trim()) {
      show({ field: 'name', message: '请填写姓名' })
      return
    }
    submission.setBusy(true)
    try {
      const me = IS_WEAPP
        ? await bind({ name: name.trim(), phone: phone.trim(), code: code.trim() }, submission.key())
        : await login(phone, code)
      submission.succeeded()
      if (me) leave()
    } catch (error) {
      show(error)
    } finally {
      submission.setBusy(false)
    }
  }

  return (
    <View className="page login-page">
      <View className="login-brand">
        <View className="login-mark">学</View>
        <View className="login-title">理论学习助手</View>
        <View className="login-sub">{IS_WEAPP ? '首次使用，请绑定您的身份' : '请使用名册登记的手机号登录'}</View>
      </View>

      <View className="card">
        {IS_WEAPP && (
          <TextField
            name="name"
            label="姓名"
            error={errors.name}
            value={name}
            placeholder="与名册登记的姓名一致"
            maxlength={20}
            onInput={typed(setName, 'name')}
            testId="login-name"
          />
        )}
        <TextField
          name="phone"
          label="手机号"
          error={errors.phone}
          type="number"
          value={phone}
          placeholder="11位手机号码"
          maxlength={11}
          onInput={typed(setPhone, 'phone')}
          testId="login-phone"
        />
        <TextField
          name="code"
          label="验证码"
          error={errors.code}
          hint="6位数字，由区委宣传部管理员发放"
          type="number"
          value={code}
          placeholder="6位验证码"
          maxlength={6}
          onInput={typed(setCode, 'code')}
          onConfirm={submit}
          testId="login-code"
        />
        <FieldError name="form" message={errors._} />
        <Button
          className="btn btn-primary btn-block login-submit"
          loading={submission.busy}
          disabled={submission.busy || undefined}
          onClick={submit}
          data-testid="login-submit"
        >
          {IS_WEAPP ? '绑定并进入' : '登录'}
        </Button>
      </View>

      <View className="login-foot">
        <Text>没有验证码？请联系本单位记录员或区委宣传部。</Text>
      </View>
    </View>
  )
}
