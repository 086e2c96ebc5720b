// SmartSession on a nexus account: USE and ENABLE, a pass and a refusal each, on its own anvil (see utils/accountSuite.ts).
import { describeAccountKind } from './utils/accountSuite.js'

describeAccountKind('nexus', '0.7')
describeAccountKind('nexus', '0.8')
