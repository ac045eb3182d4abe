import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import type { AttachmentView } from '@/core/contract'
import { fileLink } from '@/services/upload'
import './index.scss'

export interface PhotoStripProps {
  /** Stored photos with their links, as the server returns them. */
  photos: readonly AttachmentView[]
  testId?: string
}

/** Opens the full-screen viewer on one of the given links, swipeable through the rest. */
export function previewPhotos(urls: string[], current: string): void {
  void Taro.previewImage({ urls, current })
}

/** A row of read-only photo thumbnails; tapping one previews them all. Nothing when there are none. */
export default function PhotoStrip({ photos, testId = 'photo-strip' }: PhotoStripProps) {
  const urls = photos.filter((p) => p.image).map((p) => fileLink(p.url))
  if (urls.length === 0) return null
  return (
    <View className="photo-strip" data-testid={testId}>
      {urls.map((url) => (
        <Image
          key={url}
          className="photo-strip-thumb"
          src={url}
          mode="aspectFill"
          onClick={() => previewPhotos(urls, url)}
          data-testid="photo-strip-thumb"
        />
      ))}
    </View>
  )
}
