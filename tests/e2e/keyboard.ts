import type { Page } from 'playwright-core'

// A form used as a person without a mouse uses it: focus a control, then type or press a key.

/** Types each value into the field with that id, as a keyboard user does: focus, then type. */
export async function typeInto(page: Page, fields: Record<string, string>) {
  for (const [id, value] of Object.entries(fields)) {
    await page.locator(`#${id}`).focus()
    await page.keyboard.type(value)
  }
}

/** Presses Space on each control with these ids in turn: ticks a box, picks a radio button. */
export async function pressSpaceOn(page: Page, ...ids: string[]) {
  for (const id of ids) {
    await page.locator(`#${id}`).focus()
    await page.keyboard.press('Space')
  }
}

/** Sends the page's form as a keyboard user does (Enter on its button), then waits for `answer` to show. */
export async function submitByKeyboard(page: Page, answer: string) {
  await page.locator('form button[type="submit"]').focus()
  await page.keyboard.press('Enter')
  await page.waitForSelector(answer)
}
