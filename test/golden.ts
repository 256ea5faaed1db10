/** Golden values printed in the seed documents, typed once and shared by the tests that check against them. */

/** Seed 004 (南洲 2023): the ten subsection scores; 91.46 = 20 + 20 + 9.96 + 3 + 4 + 4 + 9 + 10 + 7.5 + 4. */
export const SEED_004_SUBSECTIONS = {
  产出指标: 20,
  效益指标: 20,
  预算资金支出率: 9.96,
  预算编制: 3,
  预算执行: 4,
  信息公开: 4,
  绩效管理: 9,
  采购管理: 10,
  资产管理: 7.5,
  运行成本: 4,
} as const;

/** Seed 004: the 23 management items' scores (指标得分 column of its tables). */
export const SEED_004_ITEMS = {
  新增预算项目事前绩效评估: 3,
  结转结余率: 2,
  财务管理合规性: 2,
  预决算公开合规性: 2,
  绩效信息公开情况: 2,
  绩效管理制度建设: 0,
  绩效结果应用: 3,
  绩效管理制度执行: 6,
  采购意向公开合规性: 0.5,
  采购意向公开时限: 1.5,
  采购内控制度建设: 1,
  采购活动合规性: 2,
  采购合同签订时效性: 3,
  合同备案时效性: 1,
  采购政策效能: 1,
  资产配置合规性: 2,
  资产收益上缴的及时性: 1,
  资产盘点情况: 0,
  数据质量: 2,
  资产管理合规性: 0.5,
  固定资产利用率: 2,
  公用经费控制率: 2,
  '“三公”经费控制情况': 2,
} as const;

export const SEED_004_TOTAL = 91.46;
