import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import { useFieldErrors } from '@/hooks/useFieldErrors'
import { useSession } from '@/hooks/useSession'
import { useSubmission } from '@/hooks/useSubmission'
import { ROUTES } from '@/services/routes'
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

  useEffect(() => {
    if (session.status === 'ready' && session.me) void Taro.reLaunch({ url: ROUTES.home })
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
      if (me) void Taro.reLaunch({ url: ROUTES.home })
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
          <Field name="name" label="姓名" error={errors.name}>
            <Input
              className="input"
              value={name}
              placeholder="与名册登记的姓名一致"
              maxlength={20}
              onInput={(e) => {
                setName(e.detail.value)
                clear('name')
              }}
              data-testid="login-name"
            />
          </Field>
        )}
        <Field name="phone" label="手机号" error={errors.phone}>
          <Input
            className="input"
            type="number"
            value={phone}
            placeholder="11位手机号码"
            maxlength={11}
            onInput={(e) => {
              setPhone(e.detail.value)
              clear('phone')
            }}
            data-testid="login-phone"
          />
        </Field>
        <Field name="code" label="验证码" error={errors.code} hint="6位数字，由区委宣传部管理员发放">
          <Input
            className="input"
            type="number"
            value={code}
            placeholder="6位验证码"
            maxlength={6}
            onInput={(e) => {
              setCode(e.detail.value)
              clear('code')
            }}
            onConfirm={submit}
            data-testid="login-code"
          />
        </Field>
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
