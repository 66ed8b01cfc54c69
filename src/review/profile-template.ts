// The profile template: business-context questions a team answers once per workload (the W-A Tool's profile
// questionnaire), each choice naming the questions of the built-in Serverless Lens it makes a priority.
// docs/teams.md carries the same mapping as a table; a test keeps the two and the lens in step.
import type { Localized } from '../util/i18n.js';

export interface ProfileTemplateChoice {
  id: string;
  title: Localized;
  description: Localized;
  /** Questions of the built-in lens this answer makes a priority. */
  prioritizes: readonly string[];
}

export interface ProfileTemplateQuestion {
  id: string;
  title: Localized;
  description: Localized;
  /** 0: the question may be left unanswered. */
  min: number;
  /** 1: one choice (radio buttons); more: several (check boxes). */
  max: number;
  choices: readonly ProfileTemplateChoice[];
}

/** Bumped when the questions or the mapping change (the W-A Tool shows it as the template's UpdatedAt). */
export const PROFILE_TEMPLATE_VERSION = '2026-12-01';

export const PROFILE_TEMPLATE_NAME: Localized = { en: 'Serverless business context', ja: 'サーバーレスのビジネス状況' };

const c = (id: string, en: string, ja: string, enDescription: string, jaDescription: string, prioritizes: string[]): ProfileTemplateChoice => ({
  id,
  title: { en, ja },
  description: { en: enDescription, ja: jaDescription },
  prioritizes,
});

export const PROFILE_TEMPLATE: readonly ProfileTemplateQuestion[] = [
  {
    id: 'focus',
    title: { en: 'What matters most for this workload now?', ja: 'このワークロードでいま最も大切なことは何ですか？' },
    description: { en: 'Choose up to two: the questions that serve them are reviewed first.', ja: '2つまで選んでください。それに関わる質問を先にレビューします。' },
    min: 0,
    max: 2,
    choices: [
      c('focus_time_to_market', 'Shipping changes quickly', '変更をすばやく出すこと', 'Frequent, safe releases matter more than anything else.', '頻繁で安全なリリースが何より大切です。', ['OPS2', 'OPS1']),
      c('focus_cost', 'Keeping cost low', 'コストを抑えること', 'The bill is watched closely; idle spend is not welcome.', '請求額を細かく見ており、無駄な支出は避けたい状況です。', ['COST1', 'PERF1']),
      c('focus_reliability', 'Staying up', '止まらないこと', 'Failures and lost events hurt the business.', '障害やイベントの取りこぼしが事業に響きます。', ['REL1', 'REL2', 'OPS1']),
      c('focus_security', 'Security and compliance', 'セキュリティとコンプライアンス', 'Audits, regulations or customers demand proof of control.', '監査、規制、または顧客から統制の証明を求められています。', ['SEC1', 'SEC2', 'SEC3']),
      c('focus_scale', 'Growing to much more traffic', 'トラフィックの大幅な増加に備えること', 'Usage is expected to grow by an order of magnitude.', '利用が一桁増える見込みです。', ['REL1', 'PERF1']),
    ],
  },
  {
    id: 'traffic',
    title: { en: 'How does traffic arrive?', ja: 'トラフィックはどのように届きますか？' },
    description: { en: 'The shape of the load decides which limits and costs matter.', ja: '負荷の形によって、効いてくる上限やコストが変わります。' },
    min: 0,
    max: 1,
    choices: [
      c('traffic_spiky', 'In bursts (campaigns, events, daily peaks)', '突発的（キャンペーン、イベント、日次のピーク）', 'Load jumps many times over within minutes.', '数分のうちに負荷が何倍にも跳ね上がります。', ['REL1', 'PERF1']),
      c('traffic_steady', 'Steady all day', '一日中ほぼ一定', 'Load changes slowly and predictably.', '負荷はゆっくり、予測どおりに変わります。', ['COST1']),
      c('traffic_batch', 'In batches or from event streams', 'バッチやイベントストリームから', 'Work comes from queues, streams or schedules rather than people waiting.', '人が待つリクエストではなく、キュー、ストリーム、スケジュールから処理が来ます。', ['REL2', 'COST1']),
      c('traffic_unknown', 'Not known yet', 'まだ分からない', 'No production traffic to learn from.', '参考にできる本番のトラフィックがありません。', []),
    ],
  },
  {
    id: 'data',
    title: { en: 'What is the most sensitive data the workload handles?', ja: 'ワークロードが扱う最も機密性の高いデータは何ですか？' },
    description: { en: 'Choose the most sensitive kind that is stored or passes through.', ja: '保存される、または通過するデータのうち最も機密性の高いものを選んでください。' },
    min: 0,
    max: 1,
    choices: [
      c('data_public', 'Public data only', '公開データのみ', 'Nothing here would harm anyone if published.', '公開されても誰も困らないデータだけです。', []),
      c('data_internal', 'Internal business data', '社内の業務データ', 'Data meant for employees and systems of the company.', '社員と社内のシステム向けのデータです。', ['SEC2']),
      c('data_personal', 'Personal data of customers', '顧客の個人情報', 'Names, contact details, behaviour of people.', '氏名、連絡先、行動履歴など、人に関するデータです。', ['SEC1', 'SEC2', 'SEC3']),
      c('data_regulated', 'Regulated data (payments, health, finance)', '規制対象のデータ（決済、医療、金融）', 'A regulator or a standard such as PCI DSS sets rules for it.', '規制当局や PCI DSS などの基準がルールを定めています。', ['SEC1', 'SEC2', 'SEC3', 'OPS1']),
    ],
  },
  {
    id: 'exposure',
    title: { en: 'Who calls the workload?', ja: 'ワークロードを呼び出すのは誰ですか？' },
    description: { en: 'Choose every kind of caller.', ja: '当てはまる呼び出し元をすべて選んでください。' },
    min: 0,
    max: 4,
    choices: [
      c('exposure_internet', 'Anyone on the internet', 'インターネット上の誰でも', 'A public API or website.', '公開の API やウェブサイトです。', ['SEC1', 'REL1']),
      c('exposure_partners', 'Partners and other companies', 'パートナーや他社', 'Known external systems with their own credentials.', '認証情報を持つ既知の外部システムです。', ['SEC1']),
      c('exposure_internal', 'Other teams and systems inside the company', '社内の他チームやシステム', 'Callers within the organization.', '組織内の呼び出し元です。', ['SEC2']),
      c('exposure_events', 'Only events from AWS services', 'AWS サービスからのイベントのみ', 'No API: S3, EventBridge, queues or streams start the work.', 'API はなく、S3、EventBridge、キュー、ストリームが処理を起動します。', ['REL2']),
    ],
  },
  {
    id: 'availability',
    title: { en: 'What does an hour of downtime cost?', ja: '1時間止まると何が起きますか？' },
    description: { en: 'How much an outage hurts decides how much resilience is worth.', ja: '停止の痛手の大きさで、回復力にかける価値が決まります。' },
    min: 0,
    max: 1,
    choices: [
      c('availability_low', 'Little: people can wait', 'ほとんど影響はない（待ってもらえる）', 'An internal tool or a batch that can run later.', '社内ツールや、後で実行し直せるバッチです。', []),
      c('availability_business', 'Lost business or unhappy customers', '売上の損失や顧客の不満', 'Customers notice and some revenue is lost.', '顧客が気づき、売上の一部が失われます。', ['REL2']),
      c('availability_critical', 'Serious harm: contracts, safety or large revenue', '重大な損害（契約、安全、大きな売上）', 'An outage breaks agreements or endangers people.', '停止が契約違反や人への危険につながります。', ['REL1', 'REL2', 'OPS1']),
    ],
  },
  {
    id: 'experience',
    title: { en: 'How experienced is the team with serverless on AWS?', ja: 'チームは AWS のサーバーレスにどのくらい慣れていますか？' },
    description: { en: 'Newer teams gain most from the operational basics.', ja: '経験の浅いチームほど、運用の基本から得るものが大きくなります。' },
    min: 0,
    max: 1,
    choices: [
      c('experience_new', 'New to it', '初めて', 'This is one of the first serverless workloads of the team.', 'チームにとって最初のサーバーレスのワークロードの一つです。', ['OPS1', 'OPS2', 'SEC2']),
      c('experience_some', 'Some workloads in production', 'いくつか本番で運用している', 'The team runs a few serverless workloads already.', 'チームはすでにいくつかのサーバーレスのワークロードを運用しています。', ['OPS2']),
      c('experience_expert', 'Experienced', '経験豊富', 'Serverless is the team’s default way to build.', 'サーバーレスがチームの標準の作り方です。', []),
    ],
  },
  {
    id: 'stage',
    title: { en: 'Where is the workload in its life?', ja: 'ワークロードはいまどの段階にありますか？' },
    description: { en: 'Each stage has its own risks worth looking at first.', ja: '段階ごとに、先に見ておくべきリスクがあります。' },
    min: 0,
    max: 1,
    choices: [
      c('stage_prototype', 'Prototype', '試作', 'Proving an idea; not in production.', 'アイデアを検証中で、本番にはありません。', ['OPS2']),
      c('stage_launch', 'About to launch', 'リリース直前', 'Production is weeks away.', '本番まであと数週間です。', ['OPS1', 'REL2', 'SEC1']),
      c('stage_growth', 'Growing', '成長中', 'In production with usage rising.', '本番で稼働し、利用が増えています。', ['PERF1', 'REL1', 'COST1']),
      c('stage_mature', 'Mature', '安定期', 'Stable for a long time; cost and upkeep matter most.', '長く安定しており、コストと保守が最も大切です。', ['COST1']),
    ],
  },
];

/** The built-in lens's questions that the selected choices (by template question id) make a priority. */
export function prioritizedQuestionIds(selected: ReadonlyMap<string, readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const question of PROFILE_TEMPLATE) {
    const chosen = new Set(selected.get(question.id) ?? []);
    for (const choice of question.choices) if (chosen.has(choice.id)) for (const id of choice.prioritizes) out.add(id);
  }
  return out;
}
