//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// CallConditions
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const callConditionsAbi = [
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint128', type: 'uint128' },
      { name: 'max', internalType: 'uint128', type: 'uint128' },
    ],
    name: 'InvalidRange',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'MalformedRule',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'condition', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'UnknownCondition',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// CallPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const callPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getActionConfig',
    outputs: [
      {
        name: 'actionConfig',
        internalType: 'struct ActionConfig',
        type: 'tuple',
        components: [
          {
            name: 'valueLimitPerUse',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'paramRules',
            internalType: 'struct ParamRules',
            type: 'tuple',
            components: [
              { name: 'length', internalType: 'uint256', type: 'uint256' },
              {
                name: 'rules',
                internalType: 'struct ParamRule[16]',
                type: 'tuple[16]',
                components: [
                  { name: 'condition', internalType: 'uint8', type: 'uint8' },
                  { name: 'offset', internalType: 'uint64', type: 'uint64' },
                  { name: 'isLimited', internalType: 'bool', type: 'bool' },
                  { name: 'ref', internalType: 'bytes32', type: 'bytes32' },
                  {
                    name: 'usage',
                    internalType: 'struct LimitUsage',
                    type: 'tuple',
                    components: [
                      {
                        name: 'limit',
                        internalType: 'uint256',
                        type: 'uint256',
                      },
                      {
                        name: 'used',
                        internalType: 'uint256',
                        type: 'uint256',
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'offset', internalType: 'uint256', type: 'uint256' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'CalldataTooShort',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint128', type: 'uint128' },
      { name: 'max', internalType: 'uint128', type: 'uint128' },
    ],
    name: 'InvalidRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LimitTooLarge',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'MalformedRule',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ParamLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'condition', internalType: 'uint8', type: 'uint8' },
      { name: 'param', internalType: 'bytes32', type: 'bytes32' },
      { name: 'ref', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'ParamRuleViolated',
  },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'TooManyRules',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'condition', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'UnknownCondition',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'UsedAboveLimit',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// CallRulesPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const callRulesPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getCallRules',
    outputs: [
      { name: 'valueLimitPerUse', internalType: 'uint256', type: 'uint256' },
      {
        name: 'rules',
        internalType: 'struct CallRule[]',
        type: 'tuple[]',
        components: [
          { name: 'group', internalType: 'uint8', type: 'uint8' },
          { name: 'condition', internalType: 'uint8', type: 'uint8' },
          { name: 'location', internalType: 'uint8', type: 'uint8' },
          { name: 'offset', internalType: 'uint24', type: 'uint24' },
          { name: 'index', internalType: 'uint24', type: 'uint24' },
          { name: 'valueCount', internalType: 'uint16', type: 'uint16' },
          { name: 'isLimited', internalType: 'bool', type: 'bool' },
          { name: 'limit', internalType: 'uint128', type: 'uint128' },
        ],
      },
      { name: 'values', internalType: 'bytes32[]', type: 'bytes32[]' },
      { name: 'used', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'group', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GroupOutOfOrder',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'min', internalType: 'uint128', type: 'uint128' },
      { name: 'max', internalType: 'uint128', type: 'uint128' },
    ],
    name: 'InvalidRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'count', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidValueCount',
  },
  { type: 'error', inputs: [], name: 'MalformedInitData' },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'MalformedRule',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'failures',
        internalType: 'struct RuleFailure[]',
        type: 'tuple[]',
        components: [
          { name: 'group', internalType: 'uint256', type: 'uint256' },
          { name: 'rule', internalType: 'uint256', type: 'uint256' },
          {
            name: 'reason',
            internalType: 'enum RuleFailureReason',
            type: 'uint8',
          },
        ],
      },
    ],
    name: 'NoRuleGroupPassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'condition', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'UnknownCondition',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'location', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'UnknownLocation',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'UnsortedValues',
  },
  {
    type: 'error',
    inputs: [
      { name: 'consumed', internalType: 'uint256', type: 'uint256' },
      { name: 'supplied', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueCountMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ECDSASessionValidator
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const ecdsaSessionValidatorAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isModuleType',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onInstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onUninstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'validateSignatureWithData',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ExecutionLib
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const executionLibAbi = [
  { type: 'error', inputs: [], name: 'MalformedExecutionCalldata' },
  {
    type: 'error',
    inputs: [{ name: 'selector', internalType: 'bytes4', type: 'bytes4' }],
    name: 'UnsupportedExecutionFunction',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'UnsupportedExecutionMode',
  },
  { type: 'error', inputs: [], name: 'ValueSumOverflow' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// FeeLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const feeLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'MAX_AMOUNT',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'costOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getFeeLimit',
    outputs: [
      { name: 'maxCostPerOp', internalType: 'uint256', type: 'uint256' },
      { name: 'totalLimit', internalType: 'uint256', type: 'uint256' },
      { name: 'spent', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'error',
    inputs: [
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
      { name: 'left', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'FeeLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
      { name: 'maxCostPerOp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'FeePerOpExceeded',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  { type: 'error', inputs: [], name: 'OutOfRangeAccess' },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// FixedWindowAllowance
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const fixedWindowAllowanceAbi = [
  {
    type: 'error',
    inputs: [
      { name: 'time', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ClaimBeforeStart',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidWindowAllowance',
  },
  { type: 'error', inputs: [], name: 'WindowAllowanceNotConfigured' },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'current', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowPassed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// FixedWindowLimitBase
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const fixedWindowLimitBaseAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'time', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'availableAt',
    outputs: [
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
      { name: 'refillAt', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'time', internalType: 'uint256', type: 'uint256' }],
    name: 'claimPeriod',
    outputs: [],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getAllowance',
    outputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getClaim',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'error',
    inputs: [
      { name: 'time', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ClaimBeforeStart',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  { type: 'error', inputs: [], name: 'InvalidPeriodClaim' },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidWindowAllowance',
  },
  { type: 'error', inputs: [], name: 'NoPeriodClaim' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'WindowAllowanceNotConfigured' },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'current', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowPassed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// FixedWindowPolicyBase
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const fixedWindowPolicyBaseAbi = [
  {
    type: 'function',
    inputs: [{ name: 'time', internalType: 'uint256', type: 'uint256' }],
    name: 'claimPeriod',
    outputs: [],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getClaim',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  { type: 'error', inputs: [], name: 'InvalidPeriodClaim' },
  { type: 'error', inputs: [], name: 'NoPeriodClaim' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// FixedWindowSpendingLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const fixedWindowSpendingLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'time', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'availableAt',
    outputs: [
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
      { name: 'refillAt', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'time', internalType: 'uint256', type: 'uint256' }],
    name: 'claimPeriod',
    outputs: [],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'initData', internalType: 'bytes', type: 'bytes' }],
    name: 'decodeInitData',
    outputs: [
      { name: 'tokens', internalType: 'address[]', type: 'address[]' },
      { name: 'limits', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'period', internalType: 'uint48', type: 'uint48' },
      { name: 'start', internalType: 'uint48', type: 'uint48' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'token', internalType: 'address', type: 'address' },
    ],
    name: 'getAllowance',
    outputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getClaim',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getTokens',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'error',
    inputs: [
      { name: 'time', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ClaimBeforeStart',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'DuplicateToken',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  { type: 'error', inputs: [], name: 'InvalidPeriodClaim' },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidWindowAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'tokens', internalType: 'uint256', type: 'uint256' },
      { name: 'limits', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LengthMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MalformedTokenCall',
  },
  { type: 'error', inputs: [], name: 'NoPeriodClaim' },
  { type: 'error', inputs: [], name: 'NoTokens' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TokenCallWithValue',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'TokenFunctionNotAllowed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'TokenNotAllowed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TooManyTokens',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'WindowAllowanceNotConfigured' },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'current', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowPassed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'ZeroLimit',
  },
  { type: 'error', inputs: [], name: 'ZeroToken' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// FixedWindowValueLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const fixedWindowValueLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'time', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'availableAt',
    outputs: [
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
      { name: 'refillAt', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'time', internalType: 'uint256', type: 'uint256' }],
    name: 'claimPeriod',
    outputs: [],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getAllowance',
    outputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getClaim',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'error',
    inputs: [
      { name: 'time', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ClaimBeforeStart',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  { type: 'error', inputs: [], name: 'InvalidPeriodClaim' },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidWindowAllowance',
  },
  { type: 'error', inputs: [], name: 'MalformedExecutionCalldata' },
  { type: 'error', inputs: [], name: 'NoPeriodClaim' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [{ name: 'selector', internalType: 'bytes4', type: 'bytes4' }],
    name: 'UnsupportedExecutionFunction',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'UnsupportedExecutionMode',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'ValueSumOverflow' },
  { type: 'error', inputs: [], name: 'WindowAllowanceNotConfigured' },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'current', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowPassed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// I1271Policy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const i1271PolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'requestSender', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'check1271SignedAction',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IActionPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iActionPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [
      { name: 'validationData', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IERC7579Account
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const ierc7579AccountAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'accountId',
    outputs: [
      {
        name: 'accountImplementationId',
        internalType: 'string',
        type: 'string',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'mode', internalType: 'bytes32', type: 'bytes32' },
      { name: 'executionCalldata', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'execute',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'mode', internalType: 'bytes32', type: 'bytes32' },
      { name: 'executionCalldata', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'executeFromExecutor',
    outputs: [{ name: 'returnData', internalType: 'bytes[]', type: 'bytes[]' }],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
      { name: 'module', internalType: 'address', type: 'address' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'installModule',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
      { name: 'module', internalType: 'address', type: 'address' },
      { name: 'additionalContext', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'isModuleInstalled',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'encodedMode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'supportsExecutionMode',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'supportsModule',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
      { name: 'module', internalType: 'address', type: 'address' },
      { name: 'deInitData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'uninstallModule',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'moduleTypeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'module',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'ModuleInstalled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'moduleTypeId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'module',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'ModuleUninstalled',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ISessionValidator
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iSessionValidatorAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isModuleType',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'validateSignatureWithData',
    outputs: [{ name: 'validSig', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ISmartSession
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iSmartSessionAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'disableActionId',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'disableActionPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
      {
        name: 'contexts',
        internalType: 'struct ERC7739Context[]',
        type: 'tuple[]',
        components: [
          {
            name: 'appDomainSeparator',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'contentNames', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'disableERC1271Policies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'disableUserOpPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'actionPolicies',
        internalType: 'struct ActionData[]',
        type: 'tuple[]',
        components: [
          {
            name: 'actionTargetSelector',
            internalType: 'bytes4',
            type: 'bytes4',
          },
          { name: 'actionTarget', internalType: 'address', type: 'address' },
          {
            name: 'actionPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
        ],
      },
    ],
    name: 'enableActionPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'erc1271Policies',
        internalType: 'struct ERC7739Data',
        type: 'tuple',
        components: [
          {
            name: 'allowedERC7739Content',
            internalType: 'struct ERC7739Context[]',
            type: 'tuple[]',
            components: [
              {
                name: 'appDomainSeparator',
                internalType: 'bytes32',
                type: 'bytes32',
              },
              {
                name: 'contentNames',
                internalType: 'string[]',
                type: 'string[]',
              },
            ],
          },
          {
            name: 'erc1271Policies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
        ],
      },
    ],
    name: 'enableERC1271Policies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'sessions',
        internalType: 'struct Session[]',
        type: 'tuple[]',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
    ],
    name: 'enableSessions',
    outputs: [
      {
        name: 'permissionIds',
        internalType: 'PermissionId[]',
        type: 'bytes32[]',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'userOpPolicies',
        internalType: 'struct PolicyData[]',
        type: 'tuple[]',
        components: [
          { name: 'policy', internalType: 'address', type: 'address' },
          { name: 'initData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'enableUserOpPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'getActionPolicies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getERC1271Policies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getEnabledActions',
    outputs: [{ name: '', internalType: 'ActionId[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getEnabledERC7739Content',
    outputs: [
      {
        name: '',
        internalType: 'struct ERC7739Context[]',
        type: 'tuple[]',
        components: [
          {
            name: 'appDomainSeparator',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'contentNames', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getNonce',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'getPermissionIDs',
    outputs: [{ name: '', internalType: 'PermissionId[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'session',
        internalType: 'struct Session',
        type: 'tuple',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
    ],
    name: 'getPermissionId',
    outputs: [{ name: '', internalType: 'PermissionId', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getSelfRevokeDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      {
        name: 'session',
        internalType: 'struct Session',
        type: 'tuple',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
      { name: 'mode', internalType: 'enum SmartSessionMode', type: 'uint8' },
    ],
    name: 'getSessionDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getSessionValidatorAndConfig',
    outputs: [
      { name: 'sessionValidator', internalType: 'address', type: 'address' },
      {
        name: 'sessionValidatorInitData',
        internalType: 'bytes',
        type: 'bytes',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getUserOpPolicies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'isISessionValidatorSet',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isInitialized',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isModuleType',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'isPermissionEnabled',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'isPermit4337Paymaster',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'isValidSignatureWithSender',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'data', internalType: 'bytes', type: 'bytes' }],
    name: 'onInstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'data', internalType: 'bytes', type: 'bytes' }],
    name: 'onUninstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'removeSession',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'revokeEnableSignature',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'selfRevoke',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'enable', internalType: 'bool', type: 'bool' },
    ],
    name: 'setPermit4337Paymaster',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
      { name: 'userOpHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'validateUserOp',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'actionId',
        internalType: 'ActionId',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'ActionDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'actionId',
        internalType: 'ActionId',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'ActionEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'appDomainSeparator',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'contentName',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ERC7739ContentDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'appDomainSeparator',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'contentName',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ERC7739ContentEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NonceIterated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'permit', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PaymasterPermitSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'scope',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'PolicyDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'scope',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'PolicyEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'SessionCreated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SessionRemoved',
  },
  {
    type: 'error',
    inputs: [{ name: 'actionId', internalType: 'ActionId', type: 'bytes32' }],
    name: 'ActionNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'ActionNotPermitted',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'AlreadyInstalled',
  },
  {
    type: 'error',
    inputs: [{ name: 'signedChainId', internalType: 'uint64', type: 'uint64' }],
    name: 'ChainIdMismatch',
  },
  { type: 'error', inputs: [], name: 'ConfigurationCodeMissing' },
  {
    type: 'error',
    inputs: [{ name: 'actionId', internalType: 'ActionId', type: 'bytes32' }],
    name: 'DuplicateAction',
  },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'DuplicatePolicy',
  },
  {
    type: 'error',
    inputs: [
      { name: 'appDomainSeparator', internalType: 'bytes32', type: 'bytes32' },
      { name: 'contentName', internalType: 'string', type: 'string' },
    ],
    name: 'ERC7739ContentNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'EntryPointCallNotPermitted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'InstalledModuleCallNotPermitted',
  },
  {
    type: 'error',
    inputs: [{ name: 'target', internalType: 'address', type: 'address' }],
    name: 'InvalidActionTarget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidChainDigestIndex',
  },
  {
    type: 'error',
    inputs: [
      { name: 'appDomainSeparator', internalType: 'bytes32', type: 'bytes32' },
      { name: 'contentName', internalType: 'string', type: 'string' },
    ],
    name: 'InvalidERC7739Content',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'InvalidEnableSignature',
  },
  { type: 'error', inputs: [], name: 'InvalidInstallData' },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'InvalidPolicy',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'InvalidSelfRevokeSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sessionValidator', internalType: 'address', type: 'address' },
    ],
    name: 'InvalidSessionValidator',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'InvalidUserOpSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'LeftoverSessions',
  },
  { type: 'error', inputs: [], name: 'MalformedSignature' },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'ModuleCallNotPermitted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'NoPoliciesSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'NonceExhausted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'PaymasterNotPermitted',
  },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'PolicyNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policy', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'PolicyReverted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policy', internalType: 'address', type: 'address' },
    ],
    name: 'PolicyViolation',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'SelfCallNotPermitted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'SessionAlreadyEnabled',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signed', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'SessionDigestMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'SessionNotEnabled',
  },
  {
    type: 'error',
    inputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    name: 'TooManyActions',
  },
  {
    type: 'error',
    inputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    name: 'TooManyPolicies',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'TooManySessions',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'uint8', type: 'uint8' }],
    name: 'UnsupportedMode',
  },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ValidatorDataTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ISmartSessionAdmin
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iSmartSessionAdminAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'disableActionId',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'disableActionPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
      {
        name: 'contexts',
        internalType: 'struct ERC7739Context[]',
        type: 'tuple[]',
        components: [
          {
            name: 'appDomainSeparator',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'contentNames', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'disableERC1271Policies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'disableUserOpPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'actionPolicies',
        internalType: 'struct ActionData[]',
        type: 'tuple[]',
        components: [
          {
            name: 'actionTargetSelector',
            internalType: 'bytes4',
            type: 'bytes4',
          },
          { name: 'actionTarget', internalType: 'address', type: 'address' },
          {
            name: 'actionPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
        ],
      },
    ],
    name: 'enableActionPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'erc1271Policies',
        internalType: 'struct ERC7739Data',
        type: 'tuple',
        components: [
          {
            name: 'allowedERC7739Content',
            internalType: 'struct ERC7739Context[]',
            type: 'tuple[]',
            components: [
              {
                name: 'appDomainSeparator',
                internalType: 'bytes32',
                type: 'bytes32',
              },
              {
                name: 'contentNames',
                internalType: 'string[]',
                type: 'string[]',
              },
            ],
          },
          {
            name: 'erc1271Policies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
        ],
      },
    ],
    name: 'enableERC1271Policies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'sessions',
        internalType: 'struct Session[]',
        type: 'tuple[]',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
    ],
    name: 'enableSessions',
    outputs: [
      {
        name: 'permissionIds',
        internalType: 'PermissionId[]',
        type: 'bytes32[]',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'userOpPolicies',
        internalType: 'struct PolicyData[]',
        type: 'tuple[]',
        components: [
          { name: 'policy', internalType: 'address', type: 'address' },
          { name: 'initData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'enableUserOpPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'removeSession',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'revokeEnableSignature',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'selfRevoke',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'enable', internalType: 'bool', type: 'bool' },
    ],
    name: 'setPermit4337Paymaster',
    outputs: [],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ISmartSessionModule
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iSmartSessionModuleAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'getActionPolicies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getERC1271Policies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getEnabledActions',
    outputs: [{ name: '', internalType: 'ActionId[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getEnabledERC7739Content',
    outputs: [
      {
        name: '',
        internalType: 'struct ERC7739Context[]',
        type: 'tuple[]',
        components: [
          {
            name: 'appDomainSeparator',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'contentNames', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getNonce',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'getPermissionIDs',
    outputs: [{ name: '', internalType: 'PermissionId[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'session',
        internalType: 'struct Session',
        type: 'tuple',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
    ],
    name: 'getPermissionId',
    outputs: [{ name: '', internalType: 'PermissionId', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getSelfRevokeDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      {
        name: 'session',
        internalType: 'struct Session',
        type: 'tuple',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
      { name: 'mode', internalType: 'enum SmartSessionMode', type: 'uint8' },
    ],
    name: 'getSessionDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getSessionValidatorAndConfig',
    outputs: [
      { name: 'sessionValidator', internalType: 'address', type: 'address' },
      {
        name: 'sessionValidatorInitData',
        internalType: 'bytes',
        type: 'bytes',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getUserOpPolicies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'isISessionValidatorSet',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isInitialized',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isModuleType',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'isPermissionEnabled',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'isPermit4337Paymaster',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'isValidSignatureWithSender',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'data', internalType: 'bytes', type: 'bytes' }],
    name: 'onInstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'data', internalType: 'bytes', type: 'bytes' }],
    name: 'onUninstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
      { name: 'userOpHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'validateUserOp',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IUserOpPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iUserOpPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [
      { name: 'validationData', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// MultisigSessionValidator
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const multisigSessionValidatorAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isModuleType',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onInstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onUninstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'validateSignatureWithData',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PeriodicAllowance
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const periodicAllowanceAbi = [
  {
    type: 'error',
    inputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    name: 'AllowanceBeyondTimeRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AllowanceLimitTooLarge',
  },
  { type: 'error', inputs: [], name: 'AllowanceNotConfigured' },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAllowance',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PeriodicSpendingLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const periodicSpendingLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'initData', internalType: 'bytes', type: 'bytes' }],
    name: 'decodeInitData',
    outputs: [
      { name: 'tokens', internalType: 'address[]', type: 'address[]' },
      { name: 'limits', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'period', internalType: 'uint48', type: 'uint48' },
      { name: 'start', internalType: 'uint48', type: 'uint48' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'token', internalType: 'address', type: 'address' },
    ],
    name: 'getAllowance',
    outputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'spent', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getTokens',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'validAfterOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'error',
    inputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    name: 'AllowanceBeyondTimeRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AllowanceLimitTooLarge',
  },
  { type: 'error', inputs: [], name: 'AllowanceNotConfigured' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'DuplicateToken',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAllowance',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'tokens', internalType: 'uint256', type: 'uint256' },
      { name: 'limits', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LengthMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MalformedTokenCall',
  },
  { type: 'error', inputs: [], name: 'NoTokens' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TokenCallWithValue',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'TokenFunctionNotAllowed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'TokenNotAllowed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TooManyTokens',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'ZeroLimit',
  },
  { type: 'error', inputs: [], name: 'ZeroToken' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PeriodicTokenLimitBase
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const periodicTokenLimitBaseAbi = [
  {
    type: 'function',
    inputs: [{ name: 'initData', internalType: 'bytes', type: 'bytes' }],
    name: 'decodeInitData',
    outputs: [
      { name: 'tokens', internalType: 'address[]', type: 'address[]' },
      { name: 'limits', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'period', internalType: 'uint48', type: 'uint48' },
      { name: 'start', internalType: 'uint48', type: 'uint48' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getTokens',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PeriodicValueLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const periodicValueLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getAllowance',
    outputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'spent', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'validAfterOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'error',
    inputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    name: 'AllowanceBeyondTimeRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'AllowanceLimitTooLarge',
  },
  { type: 'error', inputs: [], name: 'AllowanceNotConfigured' },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAllowance',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  { type: 'error', inputs: [], name: 'MalformedExecutionCalldata' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [{ name: 'selector', internalType: 'bytes4', type: 'bytes4' }],
    name: 'UnsupportedExecutionFunction',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'UnsupportedExecutionMode',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'ValueSumOverflow' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PolicyBase
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const policyBaseAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// RateLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const rateLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'time', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'availableAt',
    outputs: [
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
      { name: 'refillAt', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'time', internalType: 'uint256', type: 'uint256' }],
    name: 'claimPeriod',
    outputs: [],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getAllowance',
    outputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getClaim',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'error',
    inputs: [
      { name: 'time', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ClaimBeforeStart',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  { type: 'error', inputs: [], name: 'InvalidPeriodClaim' },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'period', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidWindowAllowance',
  },
  { type: 'error', inputs: [], name: 'NoPeriodClaim' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'WindowAllowanceNotConfigured' },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowLimitTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'window', internalType: 'uint256', type: 'uint256' },
      { name: 'current', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'WindowPassed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// SmartSession
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const smartSessionAbi = [
  { type: 'fallback', stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'getActionPolicies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getERC1271Policies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getEnabledActions',
    outputs: [
      { name: 'actionIds', internalType: 'ActionId[]', type: 'bytes32[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getEnabledERC7739Content',
    outputs: [
      {
        name: '',
        internalType: 'struct ERC7739Context[]',
        type: 'tuple[]',
        components: [
          {
            name: 'appDomainSeparator',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'contentNames', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getNonce',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'getPermissionIDs',
    outputs: [
      {
        name: 'permissionIds',
        internalType: 'PermissionId[]',
        type: 'bytes32[]',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'session',
        internalType: 'struct Session',
        type: 'tuple',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
    ],
    name: 'getPermissionId',
    outputs: [{ name: '', internalType: 'PermissionId', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getSelfRevokeDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      {
        name: 'session',
        internalType: 'struct Session',
        type: 'tuple',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
      { name: 'mode', internalType: 'enum SmartSessionMode', type: 'uint8' },
    ],
    name: 'getSessionDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getSessionValidatorAndConfig',
    outputs: [
      { name: 'sessionValidator', internalType: 'address', type: 'address' },
      {
        name: 'sessionValidatorInitData',
        internalType: 'bytes',
        type: 'bytes',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'getUserOpPolicies',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'isISessionValidatorSet',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isInitialized',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isModuleType',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'isPermissionEnabled',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'isPermit4337Paymaster',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'isValidSignatureWithSender',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onInstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onUninstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
      { name: 'userOpHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'validateUserOp',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'ActionNotPermitted',
  },
  { type: 'error', inputs: [], name: 'ConfigurationCodeMissing' },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'EntryPointCallNotPermitted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'InstalledModuleCallNotPermitted',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'InvalidUserOpSender',
  },
  { type: 'error', inputs: [], name: 'MalformedExecutionCalldata' },
  { type: 'error', inputs: [], name: 'MalformedSignature' },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'ModuleCallNotPermitted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'PaymasterNotPermitted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policy', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'PolicyReverted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policy', internalType: 'address', type: 'address' },
    ],
    name: 'PolicyViolation',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'SelfCallNotPermitted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'SessionNotEnabled',
  },
  {
    type: 'error',
    inputs: [{ name: 'selector', internalType: 'bytes4', type: 'bytes4' }],
    name: 'UnsupportedExecutionFunction',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'UnsupportedExecutionMode',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'uint8', type: 'uint8' }],
    name: 'UnsupportedMode',
  },
  {
    type: 'function',
    inputs: [{ name: 'compressed', internalType: 'bytes', type: 'bytes' }],
    name: 'decodeEnableSignature',
    outputs: [
      {
        name: 'enableData',
        internalType: 'struct EnableSession',
        type: 'tuple',
        components: [
          { name: 'chainDigestIndex', internalType: 'uint8', type: 'uint8' },
          {
            name: 'hashesAndChainIds',
            internalType: 'struct ChainDigest[]',
            type: 'tuple[]',
            components: [
              { name: 'chainId', internalType: 'uint64', type: 'uint64' },
              {
                name: 'sessionDigest',
                internalType: 'bytes32',
                type: 'bytes32',
              },
            ],
          },
          {
            name: 'sessionToEnable',
            internalType: 'struct Session',
            type: 'tuple',
            components: [
              {
                name: 'sessionValidator',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'sessionValidatorInitData',
                internalType: 'bytes',
                type: 'bytes',
              },
              { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
              {
                name: 'userOpPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
              {
                name: 'erc7739Policies',
                internalType: 'struct ERC7739Data',
                type: 'tuple',
                components: [
                  {
                    name: 'allowedERC7739Content',
                    internalType: 'struct ERC7739Context[]',
                    type: 'tuple[]',
                    components: [
                      {
                        name: 'appDomainSeparator',
                        internalType: 'bytes32',
                        type: 'bytes32',
                      },
                      {
                        name: 'contentNames',
                        internalType: 'string[]',
                        type: 'string[]',
                      },
                    ],
                  },
                  {
                    name: 'erc1271Policies',
                    internalType: 'struct PolicyData[]',
                    type: 'tuple[]',
                    components: [
                      {
                        name: 'policy',
                        internalType: 'address',
                        type: 'address',
                      },
                      {
                        name: 'initData',
                        internalType: 'bytes',
                        type: 'bytes',
                      },
                    ],
                  },
                ],
              },
              {
                name: 'actions',
                internalType: 'struct ActionData[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'actionTargetSelector',
                    internalType: 'bytes4',
                    type: 'bytes4',
                  },
                  {
                    name: 'actionTarget',
                    internalType: 'address',
                    type: 'address',
                  },
                  {
                    name: 'actionPolicies',
                    internalType: 'struct PolicyData[]',
                    type: 'tuple[]',
                    components: [
                      {
                        name: 'policy',
                        internalType: 'address',
                        type: 'address',
                      },
                      {
                        name: 'initData',
                        internalType: 'bytes',
                        type: 'bytes',
                      },
                    ],
                  },
                ],
              },
              {
                name: 'permitERC4337Paymaster',
                internalType: 'bool',
                type: 'bool',
              },
            ],
          },
          { name: 'permissionEnableSig', internalType: 'bytes', type: 'bytes' },
        ],
      },
      { name: 'sessionSignature', internalType: 'bytes', type: 'bytes' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'disableActionId',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'disableActionPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
      {
        name: 'contexts',
        internalType: 'struct ERC7739Context[]',
        type: 'tuple[]',
        components: [
          {
            name: 'appDomainSeparator',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'contentNames', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'disableERC1271Policies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'disableUserOpPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'actionPolicies',
        internalType: 'struct ActionData[]',
        type: 'tuple[]',
        components: [
          {
            name: 'actionTargetSelector',
            internalType: 'bytes4',
            type: 'bytes4',
          },
          { name: 'actionTarget', internalType: 'address', type: 'address' },
          {
            name: 'actionPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
        ],
      },
    ],
    name: 'enableActionPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'erc1271Policies',
        internalType: 'struct ERC7739Data',
        type: 'tuple',
        components: [
          {
            name: 'allowedERC7739Content',
            internalType: 'struct ERC7739Context[]',
            type: 'tuple[]',
            components: [
              {
                name: 'appDomainSeparator',
                internalType: 'bytes32',
                type: 'bytes32',
              },
              {
                name: 'contentNames',
                internalType: 'string[]',
                type: 'string[]',
              },
            ],
          },
          {
            name: 'erc1271Policies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
        ],
      },
    ],
    name: 'enableERC1271Policies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'sessions',
        internalType: 'struct Session[]',
        type: 'tuple[]',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
    ],
    name: 'enableSessions',
    outputs: [
      {
        name: 'permissionIds',
        internalType: 'PermissionId[]',
        type: 'bytes32[]',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'userOpPolicies',
        internalType: 'struct PolicyData[]',
        type: 'tuple[]',
        components: [
          { name: 'policy', internalType: 'address', type: 'address' },
          { name: 'initData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'enableUserOpPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'mode', internalType: 'enum SmartSessionMode', type: 'uint8' },
      { name: 'compressed', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'enableWithSignature',
    outputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'sessionSignature', internalType: 'bytes', type: 'bytes' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'chainDigests',
        internalType: 'struct ChainDigest[]',
        type: 'tuple[]',
        components: [
          { name: 'chainId', internalType: 'uint64', type: 'uint64' },
          { name: 'sessionDigest', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
    ],
    name: 'multichainDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'data', internalType: 'bytes', type: 'bytes' }],
    name: 'onInstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'removeSession',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'revokeEnableSignature',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'selfRevoke',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      {
        name: 'session',
        internalType: 'struct Session',
        type: 'tuple',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
      { name: 'mode', internalType: 'enum SmartSessionMode', type: 'uint8' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'smartSession', internalType: 'address', type: 'address' },
    ],
    name: 'sessionDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'enable', internalType: 'bool', type: 'bool' },
    ],
    name: 'setPermit4337Paymaster',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'actionId',
        internalType: 'ActionId',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'ActionDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'actionId',
        internalType: 'ActionId',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'ActionEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'appDomainSeparator',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'contentName',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ERC7739ContentDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'appDomainSeparator',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'contentName',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ERC7739ContentEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NonceIterated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'permit', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PaymasterPermitSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'scope',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'PolicyDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'scope',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'PolicyEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'SessionCreated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SessionRemoved',
  },
  {
    type: 'error',
    inputs: [{ name: 'actionId', internalType: 'ActionId', type: 'bytes32' }],
    name: 'ActionNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'AlreadyInstalled',
  },
  {
    type: 'error',
    inputs: [{ name: 'signedChainId', internalType: 'uint64', type: 'uint64' }],
    name: 'ChainIdMismatch',
  },
  {
    type: 'error',
    inputs: [{ name: 'actionId', internalType: 'ActionId', type: 'bytes32' }],
    name: 'DuplicateAction',
  },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'DuplicatePolicy',
  },
  {
    type: 'error',
    inputs: [
      { name: 'appDomainSeparator', internalType: 'bytes32', type: 'bytes32' },
      { name: 'contentName', internalType: 'string', type: 'string' },
    ],
    name: 'ERC7739ContentNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'target', internalType: 'address', type: 'address' }],
    name: 'InvalidActionTarget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidChainDigestIndex',
  },
  {
    type: 'error',
    inputs: [
      { name: 'appDomainSeparator', internalType: 'bytes32', type: 'bytes32' },
      { name: 'contentName', internalType: 'string', type: 'string' },
    ],
    name: 'InvalidERC7739Content',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'InvalidEnableSignature',
  },
  { type: 'error', inputs: [], name: 'InvalidInstallData' },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'InvalidPolicy',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'InvalidSelfRevokeSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sessionValidator', internalType: 'address', type: 'address' },
    ],
    name: 'InvalidSessionValidator',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'LeftoverSessions',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'NoPoliciesSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'NonceExhausted',
  },
  { type: 'error', inputs: [], name: 'NotDelegateCall' },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'PolicyNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'SessionAlreadyEnabled',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signed', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'SessionDigestMismatch',
  },
  {
    type: 'error',
    inputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    name: 'TooManyActions',
  },
  {
    type: 'error',
    inputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    name: 'TooManyPolicies',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'TooManySessions',
  },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ValidatorDataTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// SmartSessionAdmin
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const smartSessionAdminAbi = [
  {
    type: 'function',
    inputs: [{ name: 'compressed', internalType: 'bytes', type: 'bytes' }],
    name: 'decodeEnableSignature',
    outputs: [
      {
        name: 'enableData',
        internalType: 'struct EnableSession',
        type: 'tuple',
        components: [
          { name: 'chainDigestIndex', internalType: 'uint8', type: 'uint8' },
          {
            name: 'hashesAndChainIds',
            internalType: 'struct ChainDigest[]',
            type: 'tuple[]',
            components: [
              { name: 'chainId', internalType: 'uint64', type: 'uint64' },
              {
                name: 'sessionDigest',
                internalType: 'bytes32',
                type: 'bytes32',
              },
            ],
          },
          {
            name: 'sessionToEnable',
            internalType: 'struct Session',
            type: 'tuple',
            components: [
              {
                name: 'sessionValidator',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'sessionValidatorInitData',
                internalType: 'bytes',
                type: 'bytes',
              },
              { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
              {
                name: 'userOpPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
              {
                name: 'erc7739Policies',
                internalType: 'struct ERC7739Data',
                type: 'tuple',
                components: [
                  {
                    name: 'allowedERC7739Content',
                    internalType: 'struct ERC7739Context[]',
                    type: 'tuple[]',
                    components: [
                      {
                        name: 'appDomainSeparator',
                        internalType: 'bytes32',
                        type: 'bytes32',
                      },
                      {
                        name: 'contentNames',
                        internalType: 'string[]',
                        type: 'string[]',
                      },
                    ],
                  },
                  {
                    name: 'erc1271Policies',
                    internalType: 'struct PolicyData[]',
                    type: 'tuple[]',
                    components: [
                      {
                        name: 'policy',
                        internalType: 'address',
                        type: 'address',
                      },
                      {
                        name: 'initData',
                        internalType: 'bytes',
                        type: 'bytes',
                      },
                    ],
                  },
                ],
              },
              {
                name: 'actions',
                internalType: 'struct ActionData[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'actionTargetSelector',
                    internalType: 'bytes4',
                    type: 'bytes4',
                  },
                  {
                    name: 'actionTarget',
                    internalType: 'address',
                    type: 'address',
                  },
                  {
                    name: 'actionPolicies',
                    internalType: 'struct PolicyData[]',
                    type: 'tuple[]',
                    components: [
                      {
                        name: 'policy',
                        internalType: 'address',
                        type: 'address',
                      },
                      {
                        name: 'initData',
                        internalType: 'bytes',
                        type: 'bytes',
                      },
                    ],
                  },
                ],
              },
              {
                name: 'permitERC4337Paymaster',
                internalType: 'bool',
                type: 'bool',
              },
            ],
          },
          { name: 'permissionEnableSig', internalType: 'bytes', type: 'bytes' },
        ],
      },
      { name: 'sessionSignature', internalType: 'bytes', type: 'bytes' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'disableActionId',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'disableActionPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
      {
        name: 'contexts',
        internalType: 'struct ERC7739Context[]',
        type: 'tuple[]',
        components: [
          {
            name: 'appDomainSeparator',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'contentNames', internalType: 'string[]', type: 'string[]' },
        ],
      },
    ],
    name: 'disableERC1271Policies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'policies', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'disableUserOpPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'actionPolicies',
        internalType: 'struct ActionData[]',
        type: 'tuple[]',
        components: [
          {
            name: 'actionTargetSelector',
            internalType: 'bytes4',
            type: 'bytes4',
          },
          { name: 'actionTarget', internalType: 'address', type: 'address' },
          {
            name: 'actionPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
        ],
      },
    ],
    name: 'enableActionPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'erc1271Policies',
        internalType: 'struct ERC7739Data',
        type: 'tuple',
        components: [
          {
            name: 'allowedERC7739Content',
            internalType: 'struct ERC7739Context[]',
            type: 'tuple[]',
            components: [
              {
                name: 'appDomainSeparator',
                internalType: 'bytes32',
                type: 'bytes32',
              },
              {
                name: 'contentNames',
                internalType: 'string[]',
                type: 'string[]',
              },
            ],
          },
          {
            name: 'erc1271Policies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
        ],
      },
    ],
    name: 'enableERC1271Policies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'sessions',
        internalType: 'struct Session[]',
        type: 'tuple[]',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
    ],
    name: 'enableSessions',
    outputs: [
      {
        name: 'permissionIds',
        internalType: 'PermissionId[]',
        type: 'bytes32[]',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      {
        name: 'userOpPolicies',
        internalType: 'struct PolicyData[]',
        type: 'tuple[]',
        components: [
          { name: 'policy', internalType: 'address', type: 'address' },
          { name: 'initData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'enableUserOpPolicies',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'mode', internalType: 'enum SmartSessionMode', type: 'uint8' },
      { name: 'compressed', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'enableWithSignature',
    outputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'sessionSignature', internalType: 'bytes', type: 'bytes' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'chainDigests',
        internalType: 'struct ChainDigest[]',
        type: 'tuple[]',
        components: [
          { name: 'chainId', internalType: 'uint64', type: 'uint64' },
          { name: 'sessionDigest', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
    ],
    name: 'multichainDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'data', internalType: 'bytes', type: 'bytes' }],
    name: 'onInstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onUninstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'removeSession',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'revokeEnableSignature',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'selfRevoke',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      {
        name: 'session',
        internalType: 'struct Session',
        type: 'tuple',
        components: [
          {
            name: 'sessionValidator',
            internalType: 'address',
            type: 'address',
          },
          {
            name: 'sessionValidatorInitData',
            internalType: 'bytes',
            type: 'bytes',
          },
          { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'userOpPolicies',
            internalType: 'struct PolicyData[]',
            type: 'tuple[]',
            components: [
              { name: 'policy', internalType: 'address', type: 'address' },
              { name: 'initData', internalType: 'bytes', type: 'bytes' },
            ],
          },
          {
            name: 'erc7739Policies',
            internalType: 'struct ERC7739Data',
            type: 'tuple',
            components: [
              {
                name: 'allowedERC7739Content',
                internalType: 'struct ERC7739Context[]',
                type: 'tuple[]',
                components: [
                  {
                    name: 'appDomainSeparator',
                    internalType: 'bytes32',
                    type: 'bytes32',
                  },
                  {
                    name: 'contentNames',
                    internalType: 'string[]',
                    type: 'string[]',
                  },
                ],
              },
              {
                name: 'erc1271Policies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'actions',
            internalType: 'struct ActionData[]',
            type: 'tuple[]',
            components: [
              {
                name: 'actionTargetSelector',
                internalType: 'bytes4',
                type: 'bytes4',
              },
              {
                name: 'actionTarget',
                internalType: 'address',
                type: 'address',
              },
              {
                name: 'actionPolicies',
                internalType: 'struct PolicyData[]',
                type: 'tuple[]',
                components: [
                  { name: 'policy', internalType: 'address', type: 'address' },
                  { name: 'initData', internalType: 'bytes', type: 'bytes' },
                ],
              },
            ],
          },
          {
            name: 'permitERC4337Paymaster',
            internalType: 'bool',
            type: 'bool',
          },
        ],
      },
      { name: 'mode', internalType: 'enum SmartSessionMode', type: 'uint8' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'smartSession', internalType: 'address', type: 'address' },
    ],
    name: 'sessionDigest',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'enable', internalType: 'bool', type: 'bool' },
    ],
    name: 'setPermit4337Paymaster',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'actionId',
        internalType: 'ActionId',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'ActionDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'actionId',
        internalType: 'ActionId',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'ActionEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'appDomainSeparator',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'contentName',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ERC7739ContentDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'appDomainSeparator',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'contentName',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ERC7739ContentEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'NonceIterated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'permit', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'PaymasterPermitSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'scope',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'PolicyDisabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'scope',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'policy',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'PolicyEnabled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'nonce',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'SessionCreated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'permissionId',
        internalType: 'PermissionId',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SessionRemoved',
  },
  {
    type: 'error',
    inputs: [{ name: 'actionId', internalType: 'ActionId', type: 'bytes32' }],
    name: 'ActionNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'AlreadyInstalled',
  },
  {
    type: 'error',
    inputs: [{ name: 'signedChainId', internalType: 'uint64', type: 'uint64' }],
    name: 'ChainIdMismatch',
  },
  {
    type: 'error',
    inputs: [{ name: 'actionId', internalType: 'ActionId', type: 'bytes32' }],
    name: 'DuplicateAction',
  },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'DuplicatePolicy',
  },
  {
    type: 'error',
    inputs: [
      { name: 'appDomainSeparator', internalType: 'bytes32', type: 'bytes32' },
      { name: 'contentName', internalType: 'string', type: 'string' },
    ],
    name: 'ERC7739ContentNotFound',
  },
  {
    type: 'error',
    inputs: [{ name: 'target', internalType: 'address', type: 'address' }],
    name: 'InvalidActionTarget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidChainDigestIndex',
  },
  {
    type: 'error',
    inputs: [
      { name: 'appDomainSeparator', internalType: 'bytes32', type: 'bytes32' },
      { name: 'contentName', internalType: 'string', type: 'string' },
    ],
    name: 'InvalidERC7739Content',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'InvalidEnableSignature',
  },
  { type: 'error', inputs: [], name: 'InvalidInstallData' },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'InvalidPolicy',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'InvalidSelfRevokeSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sessionValidator', internalType: 'address', type: 'address' },
    ],
    name: 'InvalidSessionValidator',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'LeftoverSessions',
  },
  { type: 'error', inputs: [], name: 'MalformedSignature' },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
      { name: 'actionId', internalType: 'ActionId', type: 'bytes32' },
    ],
    name: 'NoPoliciesSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'NonceExhausted',
  },
  { type: 'error', inputs: [], name: 'NotDelegateCall' },
  {
    type: 'error',
    inputs: [{ name: 'policy', internalType: 'address', type: 'address' }],
    name: 'PolicyNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'SessionAlreadyEnabled',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signed', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'SessionDigestMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'permissionId', internalType: 'PermissionId', type: 'bytes32' },
    ],
    name: 'SessionNotEnabled',
  },
  {
    type: 'error',
    inputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    name: 'TooManyActions',
  },
  {
    type: 'error',
    inputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    name: 'TooManyPolicies',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'TooManySessions',
  },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ValidatorDataTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// SpendingLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const spendingLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'initData', internalType: 'bytes', type: 'bytes' }],
    name: 'decodeInitData',
    outputs: [
      { name: 'tokens', internalType: 'address[]', type: 'address[]' },
      { name: 'limits', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'token', internalType: 'address', type: 'address' },
    ],
    name: 'getSpendingLimit',
    outputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getTokens',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'DuplicateToken',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'tokens', internalType: 'uint256', type: 'uint256' },
      { name: 'limits', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LengthMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MalformedTokenCall',
  },
  { type: 'error', inputs: [], name: 'NoTokens' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SpendingLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TokenCallWithValue',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'TokenFunctionNotAllowed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'TokenNotAllowed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TooManyTokens',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'ZeroLimit',
  },
  { type: 'error', inputs: [], name: 'ZeroToken' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// StreamAllowance
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const streamAllowanceAbi = [
  {
    type: 'error',
    inputs: [
      { name: 'initial', internalType: 'uint256', type: 'uint256' },
      { name: 'rate', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidStream',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'StreamBeyondTimeRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StreamExceeded',
  },
  { type: 'error', inputs: [], name: 'StreamNotConfigured' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// StreamingSpendingLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const streamingSpendingLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'time', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'availableAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getStream',
    outputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'initialAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'amountPerSecond', internalType: 'uint256', type: 'uint256' },
      { name: 'maxAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'spent', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'validAfterOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'initial', internalType: 'uint256', type: 'uint256' },
      { name: 'rate', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidStream',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MalformedTokenCall',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'StreamBeyondTimeRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StreamExceeded',
  },
  { type: 'error', inputs: [], name: 'StreamNotConfigured' },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TokenCallWithValue',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'TokenFunctionNotAllowed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'TokenNotAllowed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'ZeroToken' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// StreamingValueLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const streamingValueLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'time', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'availableAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getStream',
    outputs: [
      { name: 'initialAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'amountPerSecond', internalType: 'uint256', type: 'uint256' },
      { name: 'maxAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'spent', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'validAfterOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'initial', internalType: 'uint256', type: 'uint256' },
      { name: 'rate', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidStream',
  },
  { type: 'error', inputs: [], name: 'MalformedExecutionCalldata' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [{ name: 'requested', internalType: 'uint256', type: 'uint256' }],
    name: 'StreamBeyondTimeRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requested', internalType: 'uint256', type: 'uint256' },
      { name: 'remaining', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StreamExceeded',
  },
  { type: 'error', inputs: [], name: 'StreamNotConfigured' },
  {
    type: 'error',
    inputs: [{ name: 'selector', internalType: 'bytes4', type: 'bytes4' }],
    name: 'UnsupportedExecutionFunction',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'UnsupportedExecutionMode',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'ValueSumOverflow' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// SudoPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const sudoPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'bytes32', type: 'bytes32' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'bytes32', type: 'bytes32' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'check1271SignedAction',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'bytes32', type: 'bytes32' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'bytes32', type: 'bytes32' },
      {
        name: '',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'bytes32', type: 'bytes32' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TimeFramePolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const timeFramePolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: '', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: '', internalType: 'bytes32', type: 'bytes32' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'check1271SignedAction',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getTimeFrame',
    outputs: [
      { name: 'validUntil', internalType: 'uint48', type: 'uint48' },
      { name: 'validAfter', internalType: 'uint48', type: 'uint48' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'validUntil', internalType: 'uint48', type: 'uint48' },
      { name: 'validAfter', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'InvalidTimeFrame',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TokenLimitLib
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const tokenLimitLibAbi = [
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'DuplicateToken',
  },
  {
    type: 'error',
    inputs: [
      { name: 'tokens', internalType: 'uint256', type: 'uint256' },
      { name: 'limits', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LengthMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MalformedTokenCall',
  },
  { type: 'error', inputs: [], name: 'NoTokens' },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TokenCallWithValue',
  },
  {
    type: 'error',
    inputs: [
      { name: 'token', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'TokenFunctionNotAllowed',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'TokenNotAllowed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TooManyTokens',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'ZeroLimit',
  },
  { type: 'error', inputs: [], name: 'ZeroToken' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// UsageLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const usageLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getUsage',
    outputs: [
      { name: 'limit', internalType: 'uint128', type: 'uint128' },
      { name: 'used', internalType: 'uint128', type: 'uint128' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [{ name: 'limit', internalType: 'uint128', type: 'uint128' }],
    name: 'UsageLimitExceeded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'ZeroLimit' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ValueLimitPolicy
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const valueLimitPolicyAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'checkAction',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'checkUserOpPolicy',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'multiplexer', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'getValueLimit',
    outputs: [
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'initData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'initializeWithMultiplexer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'InvalidInitData' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'InvalidInitDataLength',
  },
  { type: 'error', inputs: [], name: 'MalformedExecutionCalldata' },
  {
    type: 'error',
    inputs: [
      { name: 'configId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'NotInitialized',
  },
  {
    type: 'error',
    inputs: [{ name: 'selector', internalType: 'bytes4', type: 'bytes4' }],
    name: 'UnsupportedExecutionFunction',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'UnsupportedExecutionMode',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'limit', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueLimitExceeded',
  },
  { type: 'error', inputs: [], name: 'ValueSumOverflow' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// WebAuthnSessionValidator
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const webAuthnSessionValidatorAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'moduleTypeId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isModuleType',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onInstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    name: 'onUninstall',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'validateSignatureWithData',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Deployment (deployments/contracts.json)
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/** The deployable contracts (deployments/contracts.json). */
export const contractNames = [
  'SmartSession',
  'ECDSASessionValidator',
  'MultisigSessionValidator',
  'WebAuthnSessionValidator',
  'SudoPolicy',
  'CallPolicy',
  'TimeFramePolicy',
  'UsageLimitPolicy',
  'SpendingLimitPolicy',
  'ValueLimitPolicy',
  'PeriodicSpendingLimitPolicy',
  'PeriodicValueLimitPolicy',
  'FixedWindowSpendingLimitPolicy',
  'FixedWindowValueLimitPolicy',
  'RateLimitPolicy',
  'CallRulesPolicy',
  'FeeLimitPolicy',
  'StreamingSpendingLimitPolicy',
  'StreamingValueLimitPolicy',
] as const

/** The CREATE2 deployer every contract is deployed through. */
export const create2Deployer =
  '0x4e59b44847b379578588920cA78FbF26c0B4956C' as const

/** The CREATE2 salt of every contract. */
export const deploySalt =
  '0x0000000000000000000000000000000000000000000000000000000000000000' as const

/** Every contract's CREATE2 address (deployer, salt, creation code): the same on every EVM chain. */
export const defaultDeployment = {
  SmartSession: '0xB08270B1E611B370d4184eb502da870607b5069A',
  ECDSASessionValidator: '0x734338B18A6518a061b2bd360b8F89Ce5B880Aac',
  MultisigSessionValidator: '0xc1913711770ed7aeFc5f100e076C4d5907fbC2Bb',
  WebAuthnSessionValidator: '0xAdeb8f54045e51AfdD12b9ACA6F7A4784F12B17D',
  SudoPolicy: '0x142836AADF3E392778693E43372E3CB2aDd5f0B2',
  CallPolicy: '0x51aEf6347E2ba599E2092C58498B0df9E51bE946',
  TimeFramePolicy: '0x39Def3f3a40Eaa7D489e2452b16F816E40fE7821',
  UsageLimitPolicy: '0x979411eE66b954f135BB477C13cCdD10c8De9c60',
  SpendingLimitPolicy: '0x359Dd905b8eaD1Ff5BB1E466CB28095963680a47',
  ValueLimitPolicy: '0xC453fD44CF0a57C274FF72181410bE41827aA642',
  PeriodicSpendingLimitPolicy: '0xc0B740731f47c0efa415BeAD3C8b9b639Cb83568',
  PeriodicValueLimitPolicy: '0x92cf078d78808029F37610F04c90b44019890bEE',
  FixedWindowSpendingLimitPolicy: '0x94bFcae543532e2a74A9F6DfCE237277291e61E2',
  FixedWindowValueLimitPolicy: '0x9aD210b2Cc05B1e98D330620568e651e18F2f8E9',
  RateLimitPolicy: '0x3B0e60334BEBf28b74595F3aeCc9f8249Bd3d52C',
  CallRulesPolicy: '0xbcCAb415CF9a6C406829dc6DDfB663bDB72dD700',
  FeeLimitPolicy: '0x8eB561595259b006e5dD74b321d6B5EdF66cab22',
  StreamingSpendingLimitPolicy: '0x8F2ceF00308eB85F4B2D9852B3dB210048eb79EB',
  StreamingValueLimitPolicy: '0xFEC6e2f1f34A964Be1c74323fc8Ef62e5a2120B4',
} as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Errors (all contracts)
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/** Every custom error of the contracts, once each: decodes any revert of theirs. */
export const smartSessionsErrorsAbi = [
  {
    type: 'error',
    name: 'ActionNotFound',
    inputs: [
      {
        name: 'actionId',
        type: 'bytes32',
        internalType: 'ActionId',
      },
    ],
  },
  {
    type: 'error',
    name: 'ActionNotPermitted',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
      {
        name: 'target',
        type: 'address',
        internalType: 'address',
      },
      {
        name: 'selector',
        type: 'bytes4',
        internalType: 'bytes4',
      },
    ],
  },
  {
    type: 'error',
    name: 'AllowanceBeyondTimeRange',
    inputs: [
      {
        name: 'amount',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'AllowanceLimitTooLarge',
    inputs: [
      {
        name: 'limit',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'max',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'AllowanceNotConfigured',
    inputs: [],
  },
  {
    type: 'error',
    name: 'AlreadyInstalled',
    inputs: [
      {
        name: 'account',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'CalldataTooShort',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'offset',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'length',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ChainIdMismatch',
    inputs: [
      {
        name: 'signedChainId',
        type: 'uint64',
        internalType: 'uint64',
      },
    ],
  },
  {
    type: 'error',
    name: 'ClaimBeforeStart',
    inputs: [
      {
        name: 'time',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'start',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ConfigurationCodeMissing',
    inputs: [],
  },
  {
    type: 'error',
    name: 'DuplicateAction',
    inputs: [
      {
        name: 'actionId',
        type: 'bytes32',
        internalType: 'ActionId',
      },
    ],
  },
  {
    type: 'error',
    name: 'DuplicatePolicy',
    inputs: [
      {
        name: 'policy',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'DuplicateToken',
    inputs: [
      {
        name: 'token',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'EntryPointCallNotPermitted',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
      {
        name: 'target',
        type: 'address',
        internalType: 'address',
      },
      {
        name: 'selector',
        type: 'bytes4',
        internalType: 'bytes4',
      },
    ],
  },
  {
    type: 'error',
    name: 'ERC7739ContentNotFound',
    inputs: [
      {
        name: 'appDomainSeparator',
        type: 'bytes32',
        internalType: 'bytes32',
      },
      {
        name: 'contentName',
        type: 'string',
        internalType: 'string',
      },
    ],
  },
  {
    type: 'error',
    name: 'FeeLimitExceeded',
    inputs: [
      {
        name: 'cost',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'left',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'FeePerOpExceeded',
    inputs: [
      {
        name: 'cost',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'maxCostPerOp',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'GroupOutOfOrder',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'group',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'InstalledModuleCallNotPermitted',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
      {
        name: 'target',
        type: 'address',
        internalType: 'address',
      },
      {
        name: 'selector',
        type: 'bytes4',
        internalType: 'bytes4',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidActionTarget',
    inputs: [
      {
        name: 'target',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidAllowance',
    inputs: [
      {
        name: 'limit',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'period',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidChainDigestIndex',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'length',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidEnableSignature',
    inputs: [
      {
        name: 'account',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidERC7739Content',
    inputs: [
      {
        name: 'appDomainSeparator',
        type: 'bytes32',
        internalType: 'bytes32',
      },
      {
        name: 'contentName',
        type: 'string',
        internalType: 'string',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidInitData',
    inputs: [],
  },
  {
    type: 'error',
    name: 'InvalidInitDataLength',
    inputs: [
      {
        name: 'length',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidInstallData',
    inputs: [],
  },
  {
    type: 'error',
    name: 'InvalidPeriodClaim',
    inputs: [],
  },
  {
    type: 'error',
    name: 'InvalidPolicy',
    inputs: [
      {
        name: 'policy',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidRange',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'min',
        type: 'uint128',
        internalType: 'uint128',
      },
      {
        name: 'max',
        type: 'uint128',
        internalType: 'uint128',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidSelfRevokeSignature',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidSessionValidator',
    inputs: [
      {
        name: 'sessionValidator',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidStream',
    inputs: [
      {
        name: 'initial',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'rate',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'max',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'start',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidTimeFrame',
    inputs: [
      {
        name: 'validUntil',
        type: 'uint48',
        internalType: 'uint48',
      },
      {
        name: 'validAfter',
        type: 'uint48',
        internalType: 'uint48',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidUserOpSender',
    inputs: [
      {
        name: 'sender',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidValueCount',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'count',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'InvalidWindowAllowance',
    inputs: [
      {
        name: 'limit',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'period',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'start',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'LeftoverSessions',
    inputs: [
      {
        name: 'account',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'LengthMismatch',
    inputs: [
      {
        name: 'tokens',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'limits',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'LimitTooLarge',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'limit',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'MalformedExecutionCalldata',
    inputs: [],
  },
  {
    type: 'error',
    name: 'MalformedInitData',
    inputs: [],
  },
  {
    type: 'error',
    name: 'MalformedRule',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'MalformedSignature',
    inputs: [],
  },
  {
    type: 'error',
    name: 'MalformedTokenCall',
    inputs: [
      {
        name: 'token',
        type: 'address',
        internalType: 'address',
      },
      {
        name: 'length',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ModuleCallNotPermitted',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
      {
        name: 'selector',
        type: 'bytes4',
        internalType: 'bytes4',
      },
    ],
  },
  {
    type: 'error',
    name: 'NonceExhausted',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
    ],
  },
  {
    type: 'error',
    name: 'NoPeriodClaim',
    inputs: [],
  },
  {
    type: 'error',
    name: 'NoPoliciesSet',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
      {
        name: 'actionId',
        type: 'bytes32',
        internalType: 'ActionId',
      },
    ],
  },
  {
    type: 'error',
    name: 'NoRuleGroupPassed',
    inputs: [
      {
        name: 'failures',
        type: 'tuple[]',
        internalType: 'struct RuleFailure[]',
        components: [
          {
            name: 'group',
            type: 'uint256',
            internalType: 'uint256',
          },
          {
            name: 'rule',
            type: 'uint256',
            internalType: 'uint256',
          },
          {
            name: 'reason',
            type: 'uint8',
            internalType: 'enum RuleFailureReason',
          },
        ],
      },
    ],
  },
  {
    type: 'error',
    name: 'NotDelegateCall',
    inputs: [],
  },
  {
    type: 'error',
    name: 'NotInitialized',
    inputs: [
      {
        name: 'configId',
        type: 'bytes32',
        internalType: 'bytes32',
      },
      {
        name: 'account',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'NoTokens',
    inputs: [],
  },
  {
    type: 'error',
    name: 'OutOfRangeAccess',
    inputs: [],
  },
  {
    type: 'error',
    name: 'ParamLimitExceeded',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'requested',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'remaining',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ParamRuleViolated',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'condition',
        type: 'uint8',
        internalType: 'uint8',
      },
      {
        name: 'param',
        type: 'bytes32',
        internalType: 'bytes32',
      },
      {
        name: 'ref',
        type: 'bytes32',
        internalType: 'bytes32',
      },
    ],
  },
  {
    type: 'error',
    name: 'PaymasterNotPermitted',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
    ],
  },
  {
    type: 'error',
    name: 'PolicyNotFound',
    inputs: [
      {
        name: 'policy',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'PolicyReverted',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
      {
        name: 'policy',
        type: 'address',
        internalType: 'address',
      },
      {
        name: 'reason',
        type: 'bytes',
        internalType: 'bytes',
      },
    ],
  },
  {
    type: 'error',
    name: 'PolicyViolation',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
      {
        name: 'policy',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'SelfCallNotPermitted',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
      {
        name: 'selector',
        type: 'bytes4',
        internalType: 'bytes4',
      },
    ],
  },
  {
    type: 'error',
    name: 'SessionAlreadyEnabled',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
    ],
  },
  {
    type: 'error',
    name: 'SessionDigestMismatch',
    inputs: [
      {
        name: 'expected',
        type: 'bytes32',
        internalType: 'bytes32',
      },
      {
        name: 'signed',
        type: 'bytes32',
        internalType: 'bytes32',
      },
    ],
  },
  {
    type: 'error',
    name: 'SessionNotEnabled',
    inputs: [
      {
        name: 'permissionId',
        type: 'bytes32',
        internalType: 'PermissionId',
      },
    ],
  },
  {
    type: 'error',
    name: 'SpendingLimitExceeded',
    inputs: [
      {
        name: 'token',
        type: 'address',
        internalType: 'address',
      },
      {
        name: 'requested',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'remaining',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'StreamBeyondTimeRange',
    inputs: [
      {
        name: 'requested',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'StreamExceeded',
    inputs: [
      {
        name: 'requested',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'remaining',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'StreamNotConfigured',
    inputs: [],
  },
  {
    type: 'error',
    name: 'TokenCallWithValue',
    inputs: [
      {
        name: 'token',
        type: 'address',
        internalType: 'address',
      },
      {
        name: 'value',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'TokenFunctionNotAllowed',
    inputs: [
      {
        name: 'token',
        type: 'address',
        internalType: 'address',
      },
      {
        name: 'selector',
        type: 'bytes4',
        internalType: 'bytes4',
      },
    ],
  },
  {
    type: 'error',
    name: 'TokenNotAllowed',
    inputs: [
      {
        name: 'token',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'TooManyActions',
    inputs: [
      {
        name: 'count',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'TooManyPolicies',
    inputs: [
      {
        name: 'count',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'TooManyRules',
    inputs: [
      {
        name: 'length',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'TooManySessions',
    inputs: [
      {
        name: 'account',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'TooManyTokens',
    inputs: [
      {
        name: 'count',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'max',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'UnknownCondition',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'condition',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'UnknownLocation',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'location',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'UnsortedValues',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'UnsupportedExecutionFunction',
    inputs: [
      {
        name: 'selector',
        type: 'bytes4',
        internalType: 'bytes4',
      },
    ],
  },
  {
    type: 'error',
    name: 'UnsupportedExecutionMode',
    inputs: [
      {
        name: 'mode',
        type: 'bytes32',
        internalType: 'bytes32',
      },
    ],
  },
  {
    type: 'error',
    name: 'UnsupportedMode',
    inputs: [
      {
        name: 'mode',
        type: 'uint8',
        internalType: 'uint8',
      },
    ],
  },
  {
    type: 'error',
    name: 'UsageLimitExceeded',
    inputs: [
      {
        name: 'limit',
        type: 'uint128',
        internalType: 'uint128',
      },
    ],
  },
  {
    type: 'error',
    name: 'UsedAboveLimit',
    inputs: [
      {
        name: 'index',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'limit',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'used',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ValidatorDataTooLong',
    inputs: [
      {
        name: 'length',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ValueCountMismatch',
    inputs: [
      {
        name: 'consumed',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'supplied',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ValueLimitExceeded',
    inputs: [
      {
        name: 'value',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'limit',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ValueSumOverflow',
    inputs: [],
  },
  {
    type: 'error',
    name: 'WindowAllowanceNotConfigured',
    inputs: [],
  },
  {
    type: 'error',
    name: 'WindowLimitExceeded',
    inputs: [
      {
        name: 'window',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'requested',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'remaining',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'WindowLimitTooLarge',
    inputs: [
      {
        name: 'limit',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'max',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'WindowPassed',
    inputs: [
      {
        name: 'window',
        type: 'uint256',
        internalType: 'uint256',
      },
      {
        name: 'current',
        type: 'uint256',
        internalType: 'uint256',
      },
    ],
  },
  {
    type: 'error',
    name: 'ZeroLimit',
    inputs: [],
  },
  {
    type: 'error',
    name: 'ZeroLimit',
    inputs: [
      {
        name: 'token',
        type: 'address',
        internalType: 'address',
      },
    ],
  },
  {
    type: 'error',
    name: 'ZeroToken',
    inputs: [],
  },
] as const
