import fs from 'node:fs/promises'
import path from 'node:path'

import { dataDir } from '../config/paths'

export type Mail = { id: string; to: string; subject: string; text: string; createdAt: string; attachments?: { filename: string; content: string }[] }

export const mailboxDir = () => path.join(dataDir, 'mailbox')

/**
 * Without a Resend key, e-mail is written here as plain text (one file per message, named by the
 * message id so a retry overwrites rather than duplicates) and is also readable in the admin.
 */
export async function deliverLocally(mail: Mail): Promise<string> {
  await fs.mkdir(mailboxDir(), { recursive: true, mode: 0o700 })
  const file = path.join(mailboxDir(), `${mail.createdAt.replace(/[:.]/g, '-')}-${mail.id}.txt`)
  const headers = [`To: ${mail.to}`, `Subject: ${mail.subject}`, `Date: ${mail.createdAt}`]
  await fs.writeFile(file, `${headers.join('\n')}\n\n${mail.text}\n`, { mode: 0o600 })
  for (const attachment of mail.attachments ?? []) {
    await fs.writeFile(file.replace(/\.txt$/, `-${path.basename(attachment.filename)}`), Buffer.from(attachment.content, 'base64'), { mode: 0o600 })
  }
  return file
}
