import type { DataSource } from 'typeorm';
import type { InboxService } from './inbox.service';
import type { NotifyService } from './notify.service';
import type { ReadModelsService } from './read-models.service';

/** The services the notifications resolvers call, created once per subgraph. */
export interface NotificationsServices {
  inbox: InboxService;
  /** The subgraph's database, where the admin console's contribution reads its dead letters. */
  dataSource: DataSource;
}

/** The services the reactions to other subgraphs' events call. */
export interface NotificationsReactionServices {
  readModels: ReadModelsService;
  notify: NotifyService;
}
