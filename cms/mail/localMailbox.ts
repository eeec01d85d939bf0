import fs from 'node:fs/promises'
import path from 'node:path'

import { dataDir } from '../config/paths'

export type Mail = {
  id: string
  to: string
  subject: string
  text: string
  createdAt: string
  attachments?: { filename: string; content: string }[]
}

/** What names a message's files in the mailbox. */
type MailboxEntry = { id: string; createdAt: string; attachments?: { filename: string }[] }

export const mailboxDir = () => path.join(dataDir, 'mailbox')

/** The files a message is written to: its text, then one per attachment. */
export function mailboxFiles(mail: MailboxEntry): string[] {
  const stem = path.join(mailboxDir(), `${mail.createdAt.replace(/[:.]/g, '-')}-${mail.id}`)
  return [
    `${stem}.txt`,
    ...(mail.attachments ?? []).map((attachment) => `${stem}-${path.basename(attachment.filename)}`),
  ]
}

/**
 * Without a Resend key, e-mail is written here as plain text (one file per message, named by the
 * message id so a retry overwrites rather than duplicates) and is also readable in the admin.
 */
export async function deliverLocally(mail: Mail): Promise<string> {
  await fs.mkdir(mailboxDir(), { recursive: true, mode: 0o700 })
  const [file, ...attachmentFiles] = mailboxFiles(mail)
  const headers = [`To: ${mail.to}`, `Subject: ${mail.subject}`, `Date: ${mail.createdAt}`]
  await fs.writeFile(file, `${headers.join('\n')}\n\n${mail.text}\n`, { mode: 0o600 })
  for (const [index, attachment] of (mail.attachments ?? []).entries()) {
    await fs.writeFile(attachmentFiles[index], Buffer.from(attachment.content, 'base64'), { mode: 0o600 })
  }
  return file
}

/** Deletes a message's local copies, if it has any: the outbox row is not the only copy. */
export async function removeLocalCopies(mail: MailboxEntry): Promise<void> {
  await Promise.all(mailboxFiles(mail).map((file) => fs.rm(file, { force: true })))
}
