// The AWS commercial Regions (not GovCloud, not China) a workload can run in: the picker of the workload form
// lists these, and validate.ts accepts only these codes. Names as the AWS console shows them in each language.
import type { Localized } from '../util/i18n.js';

export interface AwsRegion {
  code: string;
  name: Localized;
}

const region = (code: string, en: string, ja: string): AwsRegion => ({ code, name: { en, ja } });

export const AWS_REGIONS: readonly AwsRegion[] = [
  region('us-east-1', 'US East (N. Virginia)', '米国東部（バージニア北部）'),
  region('us-east-2', 'US East (Ohio)', '米国東部（オハイオ）'),
  region('us-west-1', 'US West (N. California)', '米国西部（北カリフォルニア）'),
  region('us-west-2', 'US West (Oregon)', '米国西部（オレゴン）'),
  region('af-south-1', 'Africa (Cape Town)', 'アフリカ（ケープタウン）'),
  region('ap-east-1', 'Asia Pacific (Hong Kong)', 'アジアパシフィック（香港）'),
  region('ap-east-2', 'Asia Pacific (Taipei)', 'アジアパシフィック（台北）'),
  region('ap-south-1', 'Asia Pacific (Mumbai)', 'アジアパシフィック（ムンバイ）'),
  region('ap-south-2', 'Asia Pacific (Hyderabad)', 'アジアパシフィック（ハイデラバード）'),
  region('ap-southeast-1', 'Asia Pacific (Singapore)', 'アジアパシフィック（シンガポール）'),
  region('ap-southeast-2', 'Asia Pacific (Sydney)', 'アジアパシフィック（シドニー）'),
  region('ap-southeast-3', 'Asia Pacific (Jakarta)', 'アジアパシフィック（ジャカルタ）'),
  region('ap-southeast-4', 'Asia Pacific (Melbourne)', 'アジアパシフィック（メルボルン）'),
  region('ap-southeast-5', 'Asia Pacific (Malaysia)', 'アジアパシフィック（マレーシア）'),
  region('ap-southeast-6', 'Asia Pacific (New Zealand)', 'アジアパシフィック（ニュージーランド）'),
  region('ap-southeast-7', 'Asia Pacific (Thailand)', 'アジアパシフィック（タイ）'),
  region('ap-northeast-1', 'Asia Pacific (Tokyo)', 'アジアパシフィック（東京）'),
  region('ap-northeast-2', 'Asia Pacific (Seoul)', 'アジアパシフィック（ソウル）'),
  region('ap-northeast-3', 'Asia Pacific (Osaka)', 'アジアパシフィック（大阪）'),
  region('ca-central-1', 'Canada (Central)', 'カナダ（中部）'),
  region('ca-west-1', 'Canada West (Calgary)', 'カナダ西部（カルガリー）'),
  region('eu-central-1', 'Europe (Frankfurt)', '欧州（フランクフルト）'),
  region('eu-central-2', 'Europe (Zurich)', '欧州（チューリッヒ）'),
  region('eu-west-1', 'Europe (Ireland)', '欧州（アイルランド）'),
  region('eu-west-2', 'Europe (London)', '欧州（ロンドン）'),
  region('eu-west-3', 'Europe (Paris)', '欧州（パリ）'),
  region('eu-south-1', 'Europe (Milan)', '欧州（ミラノ）'),
  region('eu-south-2', 'Europe (Spain)', '欧州（スペイン）'),
  region('eu-north-1', 'Europe (Stockholm)', '欧州（ストックホルム）'),
  region('il-central-1', 'Israel (Tel Aviv)', 'イスラエル（テルアビブ）'),
  region('me-south-1', 'Middle East (Bahrain)', '中東（バーレーン）'),
  region('me-central-1', 'Middle East (UAE)', '中東（アラブ首長国連邦）'),
  region('mx-central-1', 'Mexico (Central)', 'メキシコ（中部）'),
  region('sa-east-1', 'South America (São Paulo)', '南米（サンパウロ）'),
];

const CODES = new Set(AWS_REGIONS.map((r) => r.code));

export function isAwsRegion(code: string): boolean {
  return CODES.has(code);
}

/** An AWS account id: exactly twelve ASCII digits. */
export function isAccountId(value: string): boolean {
  return /^[0-9]{12}$/.test(value);
}
