// SmartSession on a oz account: USE and ENABLE, a pass and a refusal each, on its own anvil (see utils/accountSuite.ts).
import { describeAccountKind } from './utils/accountSuite.js'

describeAccountKind('oz', '0.8')
describeAccountKind('oz', '0.7')
