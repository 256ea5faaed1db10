/** The indicators the project benchmarks fill every project with. */

/** Indicators as a unit fills them: three 产出, two 效益, one 满意度, with a few unmet. */
export function indicatorsFor(i: number) {
  const short = i % 9 === 0;
  return [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '服务人次',
      target: '≥1000人次',
      actual: short ? '860人次' : '1120人次',
      points: 20,
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '验收合格率',
      target: '100%',
      actual: '100%',
      points: 15,
    },
    { level1: '产出指标', level2: '时效指标', name: '按期完成率', target: '≥95%', actual: '97%', points: 15 },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '覆盖率',
      target: '≥90%',
      actual: short ? '84%' : '93%',
      points: 15,
    },
    {
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '长效机制建立',
      target: '建立',
      actual: '已建立',
      points: 15,
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '群众满意度',
      target: '≥90%',
      actual: '95%',
      points: 10,
    },
  ];
}
