// The dapp in a real browser: Debian's Chromium driven by playwright-core, with a virtual WebAuthn authenticator
// (DevTools protocol) so `navigator.credentials` makes real P-256 passkeys on http://localhost. Creates the
// passkey, grants the session as the owner, sends two transfers, and checks that a third one past the daily limit
// is refused in the page before anything is signed or sent. Screenshots go to artifacts/ (gitignored).
// Prints Forge's summary line ("N tests passed, M failed, 0 skipped") for tools/test-all.mjs.
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '@smart-sessions/client/testing'
import { chromium, type Page } from 'playwright-core'
import { startDapp } from '../serve.js'

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const artifacts = join(fileURLToPath(new URL('..', import.meta.url)), 'artifacts')

const results: { name: string; error?: unknown }[] = []
async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body()
    results.push({ name })
    console.log(`  ✓ ${name}`)
  } catch (error) {
    results.push({ name, error })
    console.log(`  ✗ ${name}\n    ${(error as Error).message}`)
  }
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`)
}

async function field(page: Page, name: string): Promise<string> {
  return (await page.locator(`#session-state dd[data-field="${name}"]`).textContent()) ?? ''
}

async function send(page: Page, amount: string): Promise<string> {
  await page.fill('#amount', amount)
  await page.click('#send', { timeout: 10_000 })
  await page.locator('#verdict.ok, #verdict.refused').waitFor({ timeout: 60_000 })
  await page.locator('#send:enabled').waitFor({ timeout: 10_000 })
  return (await page.locator('#verdict').textContent()) ?? ''
}

async function main(): Promise<number> {
  if (!existsSync(chromiumPath)) {
    console.log(`Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
    console.log('0 tests passed, 1 failed, 0 skipped')
    return 1
  }
  mkdirSync(artifacts, { recursive: true })
  const started = Date.now()
  const dapp = await startDapp({ port: await freePort() })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] })
  try {
    const page = await browser.newPage()
    page.on('pageerror', (error) => console.log(`  page error: ${error.message}`))
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('WebAuthn.enable')
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    })
    const signCount = async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials[0]?.signCount ?? 0
    let countBefore = 0
    await page.goto(dapp.url)
    const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true })

    await check('creates a passkey in the browser', async () => {
      await page.click('#create-passkey')
      await page.locator('#passkey-status.ok').waitFor({ timeout: 30_000 })
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
      expectEqual(credentials.length, 1, 'credentials in the authenticator')
      await shot('1-passkey')
    })

    await check('the owner grants 100 USDC per day for 1 day', async () => {
      await page.click('#grant')
      await page.locator('#grant-status.ok, #grant-status.refused').waitFor({ timeout: 60_000 })
      const status = (await page.locator('#grant-status').textContent()) ?? ''
      if (!status.startsWith('Granted')) throw new Error(status)
      expectEqual(await field(page, 'left today'), '100 USDC', 'left today')
      expectEqual(await field(page, 'fee budget left'), '0.05 of 0.05 ETH', 'fee budget')
      countBefore = await signCount()
      await shot('2-granted')
    })

    await check('two transfers, each one passkey assertion, no owner prompt', async () => {
      const first = await send(page, '40')
      if (!first.startsWith('Sent 40 USDC')) throw new Error(`first transfer: ${first}`)
      const second = await send(page, '50')
      if (!second.startsWith('Sent 50 USDC')) throw new Error(`second transfer: ${second}`)
      expectEqual(await field(page, 'left today'), '10 USDC', 'left today')
      expectEqual(await field(page, 'recipient received'), '90 USDC', 'recipient received')
      if ((await field(page, 'fee budget left')).startsWith('0.05 of')) throw new Error('no fee counted')
      expectEqual(await signCount(), countBefore + 2, 'passkey assertions')
      await shot('3-two-transfers')
    })

    await check('past the limit: refused and explained before signing or sending', async () => {
      const third = await send(page, '30')
      if (!third.startsWith('Not sent: 30 USDC is more than the 10 USDC')) throw new Error(`third transfer: ${third}`)
      expectEqual(await field(page, 'recipient received'), '90 USDC', 'recipient received')
      expectEqual(await signCount(), countBefore + 2, 'passkey assertions (none for the refused transfer)')
      await shot('4-refused')
    })
  } finally {
    await browser.close()
    await dapp.close()
  }
  const failed = results.filter((result) => result.error !== undefined).length
  console.log(`browser test in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${artifacts}`)
  console.log(`${results.length - failed} tests passed, ${failed} failed, 0 skipped`)
  return failed === 0 ? 0 : 1
}

process.exitCode = await main()
