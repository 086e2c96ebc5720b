// SmartSession on a kernel account: USE and ENABLE, a pass and a refusal each, on its own anvil (see utils/accountSuite.ts).
import { describeAccountKind } from './utils/accountSuite.js'

describeAccountKind('kernel', '0.7')
describeAccountKind('kernel', '0.8')
