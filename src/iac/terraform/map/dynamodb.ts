// DynamoDB tables: keys, billing, point-in-time recovery, encryption, streams, deletion protection.
import { blocks, compact, nested, type Mappings } from './shared.js';

export const DYNAMODB: Mappings = {
  aws_dynamodb_table: (v) => {
    const keys = [v['hash_key'] === undefined ? undefined : { AttributeName: v['hash_key'], KeyType: 'HASH' }, v['range_key'] === undefined ? undefined : { AttributeName: v['range_key'], KeyType: 'RANGE' }].filter(Boolean);
    return {
      type: 'AWS::DynamoDB::Table',
      properties: compact({
        TableName: v['name'],
        BillingMode: v['billing_mode'],
        KeySchema: keys.length ? keys : undefined,
        AttributeDefinitions: blocks(v['attribute']).map((a) => ({ AttributeName: a['name'], AttributeType: a['type'] })),
        PointInTimeRecoverySpecification: nested(v['point_in_time_recovery'], (pitr) => ({ PointInTimeRecoveryEnabled: pitr['enabled'] })),
        SSESpecification: nested(v['server_side_encryption'], (sse) => compact({ SSEEnabled: sse['enabled'], KMSMasterKeyId: sse['kms_key_arn'] })),
        StreamSpecification: v['stream_enabled'] === true ? compact({ StreamViewType: v['stream_view_type'] }) : undefined,
        DeletionProtectionEnabled: v['deletion_protection_enabled'],
      }),
      renames: { TableName: 'name', PointInTimeRecoverySpecification: 'point_in_time_recovery', SSESpecification: 'server_side_encryption' },
    };
  },
};
