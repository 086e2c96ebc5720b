// SmartSession on a safe7579 account: USE and ENABLE, a pass and a refusal each, on its own anvil (see utils/accountSuite.ts).
import { describeAccountKind } from './utils/accountSuite.js'

describeAccountKind('safe7579', '0.7')
