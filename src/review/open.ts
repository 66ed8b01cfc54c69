// Opens the review service on the database DATABASE_URL names (or `url`), migrated and with the built-in lens.
import { connect, type ConnectOptions, type DatabaseTarget } from '../store/connect.js';
import { Store } from '../store/store.js';
import { ReviewService, type ServiceOptions } from './service.js';

export interface OpenService {
  service: ReviewService;
  target: DatabaseTarget;
  close: () => Promise<void>;
}

export async function openReviewService(url?: string, options: ServiceOptions = {}, connectOptions: ConnectOptions = {}): Promise<OpenService> {
  const { db, target, close } = await connect(url, connectOptions);
  const service = new ReviewService(new Store(db), options);
  try {
    await service.ready();
  } catch (error) {
    await close();
    throw error;
  }
  return { service, target, close };
}
