// Operations: CloudWatch log groups and metric alarms, CodeDeploy applications, deployment groups and configs.
import { compact, generic, isRec, nested, type Mappings } from './shared.js';

export const OPERATIONS: Mappings = {
  aws_cloudwatch_log_group: (v) => ({ type: 'AWS::Logs::LogGroup', properties: compact({ LogGroupName: v['name'], RetentionInDays: v['retention_in_days'], KmsKeyId: v['kms_key_id'] }), renames: { LogGroupName: 'name' } }),
  aws_cloudwatch_metric_alarm: (v) => ({
    type: 'AWS::CloudWatch::Alarm',
    properties: compact({
      AlarmName: v['alarm_name'],
      MetricName: v['metric_name'],
      Namespace: v['namespace'],
      Statistic: v['statistic'],
      Period: v['period'],
      EvaluationPeriods: v['evaluation_periods'],
      Threshold: v['threshold'],
      ComparisonOperator: v['comparison_operator'],
      TreatMissingData: v['treat_missing_data'],
      AlarmActions: v['alarm_actions'],
      Dimensions: isRec(v['dimensions']) ? Object.entries(v['dimensions']).map(([Name, Value]) => ({ Name, Value })) : undefined,
    }),
  }),
  aws_codedeploy_app: (v) => ({ type: 'AWS::CodeDeploy::Application', properties: compact({ ApplicationName: v['name'], ComputePlatform: v['compute_platform'] }), renames: { ApplicationName: 'name' } }),
  aws_codedeploy_deployment_group: (v) => ({
    type: 'AWS::CodeDeploy::DeploymentGroup',
    properties: compact({
      ApplicationName: v['app_name'],
      DeploymentGroupName: v['deployment_group_name'],
      DeploymentConfigName: v['deployment_config_name'],
      ServiceRoleArn: v['service_role_arn'],
      AutoRollbackConfiguration: nested(v['auto_rollback_configuration'], (rollback) => compact({ Enabled: rollback['enabled'], Events: rollback['events'] })),
      AlarmConfiguration: nested(v['alarm_configuration'], (alarms) => compact({ Enabled: alarms['enabled'], Alarms: Array.isArray(alarms['alarms']) ? alarms['alarms'].map((Name) => ({ Name })) : undefined })),
    }),
    renames: { ApplicationName: 'app_name' },
  }),
  aws_codedeploy_deployment_config: (v) => ({ type: 'AWS::CodeDeploy::DeploymentConfig', properties: compact({ DeploymentConfigName: v['deployment_config_name'], ComputePlatform: v['compute_platform'], TrafficRoutingConfig: generic(v['traffic_routing_config']) }) }),
};
