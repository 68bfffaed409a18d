export interface paths {
  "/api/environments/{project_id}/dashboards/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments dashboards
     * @deprecated
     * @description Returns the dashboard with its tiles, and records the access in `last_accessed_at`. Soft-deleted dashboards give 404.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_dashboards_retrieve"];
    /**
     * Update environments dashboards
     * @deprecated
     * @description Updates the dashboard like PATCH does. Differs from the docs: the body need not be a whole dashboard, since the serializer requires no field; `filters`, `variables`, `tiles` and `duplicate_tiles` are read from the body although documented read-only; `{"deleted": true}` soft-deletes, `{"deleted": false}` restores. Changing `restriction_level` needs owner or admin rights (403) [source: posthog/api/dashboards/dashboard.py @ 0070176f, DashboardSerializer.update].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    put: operations["environments_dashboards_update"];
    post?: never;
    /**
     * Delete environments dashboards
     * @deprecated
     * @description Hard delete of this model is not allowed: the server always answers 405 with an empty body (even for an unknown id, after the permission checks). Use a PATCH with `{"deleted": true}` to soft-delete the dashboard instead.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    delete: operations["environments_dashboards_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments dashboards
     * @deprecated
     * @description Changes the given fields. This is also how a dashboard is deleted: send `{"deleted": true}` (add `"delete_insights": true` to delete its insights too); `{"deleted": false}` restores it. Differs from the docs: `filters`, `variables`, `tiles` and `duplicate_tiles` are accepted although documented read-only or absent. Changing `restriction_level` needs owner or admin rights (403 otherwise); a `filters` or `variables` that is not an object gives 400 [source: posthog/api/dashboards/dashboard.py @ 0070176f, DashboardSerializer.update].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    patch: operations["environments_dashboards_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments dashboards
     * @description Returns the dashboard with its tiles, and records the access in `last_accessed_at`. Soft-deleted dashboards give 404.
     */
    get: operations["dashboards_retrieve"];
    /**
     * Update environments dashboards
     * @description Updates the dashboard like PATCH does. Differs from the docs: the body need not be a whole dashboard, since the serializer requires no field; `filters`, `variables`, `tiles` and `duplicate_tiles` are read from the body although documented read-only; `{"deleted": true}` soft-deletes, `{"deleted": false}` restores. Changing `restriction_level` needs owner or admin rights (403) [source: posthog/api/dashboards/dashboard.py @ 0070176f, DashboardSerializer.update].
     */
    put: operations["dashboards_update"];
    post?: never;
    /**
     * Delete environments dashboards
     * @description Hard delete of this model is not allowed: the server always answers 405 with an empty body (even for an unknown id, after the permission checks). Use a PATCH with `{"deleted": true}` to soft-delete the dashboard instead.
     */
    delete: operations["dashboards_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments dashboards
     * @description Changes the given fields. This is also how a dashboard is deleted: send `{"deleted": true}` (add `"delete_insights": true` to delete its insights too); `{"deleted": false}` restores it. Differs from the docs: `filters`, `variables`, `tiles` and `duplicate_tiles` are accepted although documented read-only or absent. Changing `restriction_level` needs owner or admin rights (403 otherwise); a `filters` or `variables` that is not an object gives 400 [source: posthog/api/dashboards/dashboard.py @ 0070176f, DashboardSerializer.update].
     */
    patch: operations["dashboards_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/{id}/move_tile/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying the dashboard the tile is on. */
        id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update environments dashboards move tile
     * @deprecated
     * @description Moves a tile to another dashboard. Differs from the docs: the body is `{"tile": {"id": ...}, "toDashboard": ...}`, not a dashboard, and the answer is the source dashboard after the move, not an empty body. An unknown tile or destination gives 404, a destination you cannot edit 403, a body without `tile.id` or `toDashboard` 500 (the server reads them unchecked). Personal API keys cannot call this (no scope allows it; they get 403): it needs a logged-in session [source: posthog/api/dashboards/dashboard.py @ 0070176f, move_tile: no required_scopes].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    patch: operations["environments_dashboards_move_tile_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{id}/move_tile/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying the dashboard the tile is on. */
        id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update environments dashboards move tile
     * @description Moves a tile to another dashboard. Differs from the docs: the body is `{"tile": {"id": ...}, "toDashboard": ...}`, not a dashboard, and the answer is the source dashboard after the move, not an empty body. An unknown tile or destination gives 404, a destination you cannot edit 403, a body without `tile.id` or `toDashboard` 500 (the server reads them unchecked). Personal API keys cannot call this (no scope allows it; they get 403): it needs a logged-in session [source: posthog/api/dashboards/dashboard.py @ 0070176f, move_tile: no required_scopes].
     */
    patch: operations["dashboards_move_tile_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/{id}/stream_tiles/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments dashboards stream tiles
     * @deprecated
     * @description Stream dashboard metadata and tiles via Server-Sent Events. Sends metadata first, then tiles as they are rendered. Differs from the docs: the answer is a `text/event-stream` of `data: <JSON>` messages (see `DashboardStreamMessage`), not an empty body. Personal API keys cannot call this (they get 403): it needs a logged-in session.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_dashboards_stream_tiles_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{id}/stream_tiles/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments dashboards stream tiles
     * @description Stream dashboard metadata and tiles via Server-Sent Events. Sends metadata first, then tiles as they are rendered. Differs from the docs: the answer is a `text/event-stream` of `data: <JSON>` messages (see `DashboardStreamMessage`), not an empty body. Personal API keys cannot call this (they get 403): it needs a logged-in session.
     */
    get: operations["dashboards_stream_tiles_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/create_from_template_json/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards create from template json
     * @deprecated
     * @description Creates a dashboard from a template given as JSON. Differs from the docs: the body is `{"template": {...}}`, not a dashboard, and the answer is 200 with the new dashboard, not an empty body. Personal API keys cannot call this (they get 403): it needs a logged-in session.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_dashboards_create_from_template_json_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/create_from_template_json/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards create from template json
     * @description Creates a dashboard from a template given as JSON. Differs from the docs: the body is `{"template": {...}}`, not a dashboard, and the answer is 200 with the new dashboard, not an empty body. Personal API keys cannot call this (they get 403): it needs a logged-in session.
     */
    post: operations["dashboards_create_from_template_json_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/create_unlisted_dashboard/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards create unlisted dashboard
     * @deprecated
     * @description Creates an unlisted dashboard from template by tag. Enforces uniqueness (one per tag per team). Returns 409 if unlisted dashboard with this tag already exists. Differs from the docs: the body is `{"tag": ...}`, the answer is 201 with the dashboard, and errors are `{"error": ...}`. Only newer servers have it. Personal API keys cannot call this (they get 403): it needs a logged-in session.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_dashboards_create_unlisted_dashboard_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/create_unlisted_dashboard/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards create unlisted dashboard
     * @description Creates an unlisted dashboard from template by tag. Enforces uniqueness (one per tag per team). Returns 409 if unlisted dashboard with this tag already exists. Differs from the docs: the body is `{"tag": ...}`, the answer is 201 with the dashboard, and errors are `{"error": ...}`. Only newer servers have it. Personal API keys cannot call this (they get 403): it needs a logged-in session.
     */
    post: operations["dashboards_create_unlisted_dashboard_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/refresh/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards sharing refresh
     * @deprecated
     * @description Rotates the access token of the dashboard's public share. Differs from the docs: the body is ignored, so none needs to be sent.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_dashboards_sharing_refresh_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{dashboard_id}/sharing/refresh/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards sharing refresh
     * @description Rotates the access token of the dashboard's public share. Differs from the docs: the body is ignored, so none needs to be sent.
     */
    post: operations["dashboards_sharing_refresh_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/data_color_themes/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments data color themes
     * @deprecated
     * @description Lists the project's color themes and the global ones. Differs from the docs: the answer is a bare array, not a paginated object, and `limit` and `offset` are ignored [source: posthog/api/data_color_theme.py @ c51eef85, list() overridden without pagination].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_data_color_themes_list"];
    put?: never;
    /**
     * Create environments data color themes
     * @deprecated
     * @description Creates a theme for this project (never a global one), 201. Differs from the docs: only `name` and `colors` are read; `id`, `is_global`, `created_at` and `created_by` are read-only [source: posthog/api/data_color_theme.py @ c51eef85, DataColorThemeSerializer].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_data_color_themes_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/data_color_themes/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments data color themes
     * @description Lists the project's color themes and the global ones. Differs from the docs: the answer is a bare array, not a paginated object, and `limit` and `offset` are ignored [source: posthog/api/data_color_theme.py @ c51eef85, list() overridden without pagination].
     */
    get: operations["data_color_themes_list"];
    put?: never;
    /**
     * Create environments data color themes
     * @description Creates a theme for this project (never a global one), 201. Differs from the docs: only `name` and `colors` are read; `id`, `is_global`, `created_at` and `created_by` are read-only [source: posthog/api/data_color_theme.py @ c51eef85, DataColorThemeSerializer].
     */
    post: operations["data_color_themes_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/events/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments events
     * @deprecated
     * @description This endpoint allows you to list and filter events. It is effectively deprecated and is kept only for backwards compatibility; use the Query endpoint to list or aggregate events ad hoc, and batch exports to export many. Pages have no `count`: follow `next` (and drop `offset` when doing so). With `format=csv` at most `limit` rows (1000 at most) come back and there is no next page. Differs from the docs: `distinct_id` and `person_id` are strings, `properties` is JSON-encoded, and `select` and `where` are ignored by newer servers. Differs from the docs: newer servers send `person: null` on every event unless `include_person=true` is passed, and read the undocumented `action_id`; the CSV default and cap are QUERY_DEFAULT_EXPORT_LIMIT and EVENT_LIST_MAX_LIMIT, both 1000, and a JSON page defaults to DEFAULT_RETURNED_ROWS (100) [source: posthog/api/event.py, newest stored version (EVENT_LIST_MAX_LIMIT = 1_000, get_throttles)] [source: posthog/hogql/constants.py @ 00f0da23].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_events_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/events/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments events
     * @description This endpoint allows you to list and filter events. It is effectively deprecated and is kept only for backwards compatibility; use the Query endpoint to list or aggregate events ad hoc, and batch exports to export many. Pages have no `count`: follow `next` (and drop `offset` when doing so). With `format=csv` at most `limit` rows (1000 at most) come back and there is no next page. Differs from the docs: `distinct_id` and `person_id` are strings, `properties` is JSON-encoded, and `select` and `where` are ignored by newer servers. Differs from the docs: newer servers send `person: null` on every event unless `include_person=true` is passed, and read the undocumented `action_id`; the CSV default and cap are QUERY_DEFAULT_EXPORT_LIMIT and EVENT_LIST_MAX_LIMIT, both 1000, and a JSON page defaults to DEFAULT_RETURNED_ROWS (100) [source: posthog/api/event.py, newest stored version (EVENT_LIST_MAX_LIMIT = 1_000, get_throttles)] [source: posthog/hogql/constants.py @ 00f0da23].
     */
    get: operations["events_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/events/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The event's UUID. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments events
     * @deprecated
     * @description Returns one event. A malformed id gives 400 `{"detail": "Invalid UUID", "code": "invalid", "type": "validation_error"}`; an unknown one 404. Differs from the docs: newer servers send `person: null` unless `include_person=true` is passed [source: posthog/api/event.py, newest stored version (EVENT_LIST_MAX_LIMIT = 1_000, get_throttles)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_events_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/events/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The event's UUID. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments events
     * @description Returns one event. A malformed id gives 400 `{"detail": "Invalid UUID", "code": "invalid", "type": "validation_error"}`; an unknown one 404. Differs from the docs: newer servers send `person: null` unless `include_person=true` is passed [source: posthog/api/event.py, newest stored version (EVENT_LIST_MAX_LIMIT = 1_000, get_throttles)].
     */
    get: operations["events_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/events/values/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments events values
     * @deprecated
     * @description Lists values seen for an event property over the last 7 days (or, with `key=custom_event`, event names). Differs from the docs: `key` is required and `event_name` is required with a personal API key on newer servers, and the answer is a list of values, not an empty body: a bare array on older servers, `{results, refreshing}` on newer ones. Throttles: newer servers count this action against `event_values_burst` (60/minute) and `event_values_sustained` (300/hour) instead of the ClickHouse pair (older ones against the ClickHouse pair, which the client does not count here) [source: posthog/api/event.py, newest stored version (EVENT_LIST_MAX_LIMIT = 1_000, get_throttles)] [source: posthog/rate_limit.py @ 00b34d82].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_events_values_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/events/values/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments events values
     * @description Lists values seen for an event property over the last 7 days (or, with `key=custom_event`, event names). Differs from the docs: `key` is required and `event_name` is required with a personal API key on newer servers, and the answer is a list of values, not an empty body: a bare array on older servers, `{results, refreshing}` on newer ones. Throttles: newer servers count this action against `event_values_burst` (60/minute) and `event_values_sustained` (300/hour) instead of the ClickHouse pair (older ones against the ClickHouse pair, which the client does not count here) [source: posthog/api/event.py, newest stored version (EVENT_LIST_MAX_LIMIT = 1_000, get_throttles)] [source: posthog/rate_limit.py @ 00b34d82].
     */
    get: operations["events_values_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/explicit_members/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments explicit members
     * @deprecated
     * @description Lists the users given explicit access to the project. Differs from the docs: the answer is a bare array. Differs from the docs: the scopes the docs imply are promised by nothing: the viewset sets no `scope_object`, so Personal API keys cannot call this (the scope check raises ImproperlyConfigured, a 500, when a view has no `scope_object` [source: posthog/permissions.py `_get_scope_object`]); it needs a logged-in session [source: ee/api/explicit_team_member.py @ 01585a45, and every other stored version: no `scope_object`]. Newer servers dropped the route altogether.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers no longer route explicit members under /api/environments/ (nor /api/projects/): the route and the old RBAC routes were removed from ee/urls.py @ 019ce118 (present @ cdca5307).
     */
    get: operations["environments_explicit_members_list"];
    put?: never;
    /**
     * Create environments explicit members
     * @deprecated
     * @description Gives a user of the organization explicit access to the project. Needs project-based permissioning (400 otherwise); you cannot add yourself or give a higher level than your own (403). Differs from the docs: the scopes the docs imply are promised by nothing: the viewset sets no `scope_object`, so Personal API keys cannot call this (the scope check raises ImproperlyConfigured, a 500, when a view has no `scope_object` [source: posthog/permissions.py `_get_scope_object`]); it needs a logged-in session [source: ee/api/explicit_team_member.py @ 01585a45, and every other stored version: no `scope_object`]. Newer servers dropped the route altogether.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers no longer route explicit members under /api/environments/ (nor /api/projects/): the route and the old RBAC routes were removed from ee/urls.py @ 019ce118 (present @ cdca5307).
     */
    post: operations["environments_explicit_members_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/explicit_members/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments explicit members
     * @description Lists the users given explicit access to the project. Differs from the docs: the answer is a bare array. Differs from the docs: the scopes the docs imply are promised by nothing: the viewset sets no `scope_object`, so Personal API keys cannot call this (the scope check raises ImproperlyConfigured, a 500, when a view has no `scope_object` [source: posthog/permissions.py `_get_scope_object`]); it needs a logged-in session [source: ee/api/explicit_team_member.py @ 01585a45, and every other stored version: no `scope_object`]. Newer servers dropped the route altogether.
     */
    get: operations["explicit_members_list"];
    put?: never;
    /**
     * Create environments explicit members
     * @description Gives a user of the organization explicit access to the project. Needs project-based permissioning (400 otherwise); you cannot add yourself or give a higher level than your own (403). Differs from the docs: the scopes the docs imply are promised by nothing: the viewset sets no `scope_object`, so Personal API keys cannot call this (the scope check raises ImproperlyConfigured, a 500, when a view has no `scope_object` [source: posthog/permissions.py `_get_scope_object`]); it needs a logged-in session [source: ee/api/explicit_team_member.py @ 01585a45, and every other stored version: no `scope_object`]. Newer servers dropped the route altogether.
     */
    post: operations["explicit_members_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The member's user UUID, or `@me`. */
        parent_membership__user__uuid: string | "@me";
      };
      cookie?: never;
    };
    /**
     * Retrieve environments explicit members
     * @deprecated
     * @description Returns one explicit member. Differs from the docs: the scopes the docs imply are promised by nothing: the viewset sets no `scope_object`, so Personal API keys cannot call this (the scope check raises ImproperlyConfigured, a 500, when a view has no `scope_object` [source: posthog/permissions.py `_get_scope_object`]); it needs a logged-in session [source: ee/api/explicit_team_member.py @ 01585a45, and every other stored version: no `scope_object`]. Newer servers dropped the route altogether.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers no longer route explicit members under /api/environments/ (nor /api/projects/): the route and the old RBAC routes were removed from ee/urls.py @ 019ce118 (present @ cdca5307).
     */
    get: operations["environments_explicit_members_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update environments explicit members
     * @deprecated
     * @description Changes the member's level. You cannot change your own level, nor that of someone above you (403). Differs from the docs: the scopes the docs imply are promised by nothing: the viewset sets no `scope_object`, so Personal API keys cannot call this (the scope check raises ImproperlyConfigured, a 500, when a view has no `scope_object` [source: posthog/permissions.py `_get_scope_object`]); it needs a logged-in session [source: ee/api/explicit_team_member.py @ 01585a45, and every other stored version: no `scope_object`]. Newer servers dropped the route altogether.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers no longer route explicit members under /api/environments/ (nor /api/projects/): the route and the old RBAC routes were removed from ee/urls.py @ 019ce118 (present @ cdca5307).
     */
    patch: operations["environments_explicit_members_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/explicit_members/{parent_membership__user__uuid}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The member's user UUID, or `@me`. */
        parent_membership__user__uuid: string | "@me";
      };
      cookie?: never;
    };
    /**
     * Retrieve environments explicit members
     * @description Returns one explicit member. Differs from the docs: the scopes the docs imply are promised by nothing: the viewset sets no `scope_object`, so Personal API keys cannot call this (the scope check raises ImproperlyConfigured, a 500, when a view has no `scope_object` [source: posthog/permissions.py `_get_scope_object`]); it needs a logged-in session [source: ee/api/explicit_team_member.py @ 01585a45, and every other stored version: no `scope_object`]. Newer servers dropped the route altogether.
     */
    get: operations["explicit_members_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update environments explicit members
     * @description Changes the member's level. You cannot change your own level, nor that of someone above you (403). Differs from the docs: the scopes the docs imply are promised by nothing: the viewset sets no `scope_object`, so Personal API keys cannot call this (the scope check raises ImproperlyConfigured, a 500, when a view has no `scope_object` [source: posthog/permissions.py `_get_scope_object`]); it needs a logged-in session [source: ee/api/explicit_team_member.py @ 01585a45, and every other stored version: no `scope_object`]. Newer servers dropped the route altogether.
     */
    patch: operations["explicit_members_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/insights/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments insights
     * @deprecated
     * @description Lists insights, 100 a page by default (limit/offset). With `format=csv` the whole page, envelope included, is rendered as one wide CSV row (`count,next,previous,results.0.id,...`), and errors as a row `attr,code,detail,type`. Differs from the docs: `created_by` takes a JSON array of user ids, not one integer; the server reads many filters the docs omit (`user`, `insight`, the date ranges, `dashboards`, `tags`, `feature_flag`, `events`, `hide_feature_flag_insights`, `order`), and checks `user` and `favorited` by presence, so they only take `true` [source: products/product_analytics/backend/api/insight.py (posthog/api/insight.py in older trees), newest stored version, `_filter_request`]; `refresh` honours only the values listed (`async_except_on_cache_miss`, in the docs, falls back to `force_cache`) [source: posthog/utils.py `refresh_requested_by_client`, newest stored version]. Newer servers add `search_match_type` to each insight.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_list"];
    put?: never;
    /**
     * Create environments insights
     * @deprecated
     * @description Creates an insight. Only the writable fields of the body are used.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insights_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments insights
     * @description Lists insights, 100 a page by default (limit/offset). With `format=csv` the whole page, envelope included, is rendered as one wide CSV row (`count,next,previous,results.0.id,...`), and errors as a row `attr,code,detail,type`. Differs from the docs: `created_by` takes a JSON array of user ids, not one integer; the server reads many filters the docs omit (`user`, `insight`, the date ranges, `dashboards`, `tags`, `feature_flag`, `events`, `hide_feature_flag_insights`, `order`), and checks `user` and `favorited` by presence, so they only take `true` [source: products/product_analytics/backend/api/insight.py (posthog/api/insight.py in older trees), newest stored version, `_filter_request`]; `refresh` honours only the values listed (`async_except_on_cache_miss`, in the docs, falls back to `force_cache`) [source: posthog/utils.py `refresh_requested_by_client`, newest stored version]. Newer servers add `search_match_type` to each insight.
     */
    get: operations["insights_list"];
    put?: never;
    /**
     * Create environments insights
     * @description Creates an insight. Only the writable fields of the body are used.
     */
    post: operations["insights_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/trend/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights trend
     * @deprecated
     * @description Computes a trend from a legacy filter given as query parameters. Differs from the docs: the answer is the trend result, not an empty body, and the filter parameters are read. With `format=csv` the CSV is served with Django's default `text/html` content type and an attachment header. Newer servers hide this legacy endpoint from their schema but still serve it.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_trend_retrieve"];
    put?: never;
    /**
     * Create environments insights trend
     * @deprecated
     * @description Computes a trend from a legacy filter given as the JSON body. Differs from the docs: the body is a filter (`events`, `actions`, `date_from`...), not an insight, and the answer is the trend result. It creates nothing, and needs only `insight:read`.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insights_trend_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/trend/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights trend
     * @description Computes a trend from a legacy filter given as query parameters. Differs from the docs: the answer is the trend result, not an empty body, and the filter parameters are read. With `format=csv` the CSV is served with Django's default `text/html` content type and an attachment header. Newer servers hide this legacy endpoint from their schema but still serve it.
     */
    get: operations["insights_trend_retrieve"];
    put?: never;
    /**
     * Create environments insights trend
     * @description Computes a trend from a legacy filter given as the JSON body. Differs from the docs: the body is a filter (`events`, `actions`, `date_from`...), not an insight, and the answer is the trend result. It creates nothing, and needs only `insight:read`.
     */
    post: operations["insights_trend_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{insight_id}/sharing/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    /**
     * List all environments insights sharing
     * @deprecated
     * @description Returns how the insight is shared. Differs from the docs: the answer is one object, not an array. A configuration is not saved until sharing is enabled.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_sharing_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{insight_id}/sharing/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    /**
     * List all environments insights sharing
     * @description Returns how the insight is shared. Differs from the docs: the answer is one object, not an array. A configuration is not saved until sharing is enabled.
     */
    get: operations["insights_sharing_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights sharing passwords
     * @deprecated
     * @description Create a new password for the sharing configuration. Differs from the docs: the body is `{raw_password?, note?}`, and the answer is 201 with the new password in plain text (shown this once), not the configuration. Errors are `{"error": ...}`: 400 when password protection is not enabled, 403 without the Advanced Permissions feature.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insights_sharing_passwords_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{insight_id}/sharing/passwords/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights sharing passwords
     * @description Create a new password for the sharing configuration. Differs from the docs: the body is `{raw_password?, note?}`, and the answer is 201 with the new password in plain text (shown this once), not the configuration. Errors are `{"error": ...}`: 400 when password protection is not enabled, 403 without the Advanced Permissions feature.
     */
    post: operations["insights_sharing_passwords_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/{password_id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
        /** @description The password's id: the integer `id` of a `share_passwords` entry, written in the path (the route takes any text, and the server looks it up as the integer id) [source: posthog/models/share_password.py: a plain models.Model, so Django's integer auto id; posthog/api/sharing.py @ 011aac22 `delete_password`]. */
        password_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete environments insights sharing passwords
     * @deprecated
     * @description Delete a password from the sharing configuration (it is deactivated). An unknown password gives 404 "Password not found"; without the Advanced Permissions feature, 403 `{"error": ...}`. Throttled by the default pair, not the insights' ClickHouse pair [source: posthog/api/sharing.py @ 011aac22: SharingConfigurationViewSet sets no throttle_classes].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    delete: operations["environments_insights_sharing_passwords_destroy"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{insight_id}/sharing/passwords/{password_id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
        /** @description The password's id: the integer `id` of a `share_passwords` entry, written in the path (the route takes any text, and the server looks it up as the integer id) [source: posthog/models/share_password.py: a plain models.Model, so Django's integer auto id; posthog/api/sharing.py @ 011aac22 `delete_password`]. */
        password_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete environments insights sharing passwords
     * @description Delete a password from the sharing configuration (it is deactivated). An unknown password gives 404 "Password not found"; without the Advanced Permissions feature, 403 `{"error": ...}`. Throttled by the default pair, not the insights' ClickHouse pair [source: posthog/api/sharing.py @ 011aac22: SharingConfigurationViewSet sets no throttle_classes].
     */
    delete: operations["insights_sharing_passwords_destroy"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{insight_id}/sharing/refresh/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights sharing refresh
     * @deprecated
     * @description Rotates the access token of the insight's public share (the old token keeps working for a few minutes). Differs from the docs: the body is ignored, so none needs to be sent.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insights_sharing_refresh_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{insight_id}/sharing/refresh/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights sharing refresh
     * @description Rotates the access token of the insight's public share (the old token keeps working for a few minutes). Differs from the docs: the body is ignored, so none needs to be sent.
     */
    post: operations["insights_sharing_refresh_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments persons
     * @deprecated
     * @description This endpoint is meant for reading and deleting persons. To create or update persons, we recommend using the capture API, the `$set` and `$unset` properties, or one of our SDKs. Differs from the docs: each item's `id` is the person's UUID (a string), unlike `GET persons/{id}/`; `count` comes only with `include_total`; `properties` is JSON-encoded. With `format=csv` the export is capped at the server's CSV row limit and starts at offset 0: CSV_EXPORT_LIMIT, which is MAX_SELECT_RETURNED_ROWS, 50000 rows [source: posthog/api/person.py, newest stored version (properties_at_time, batch_by_distinct_ids, get_throttles)] [source: posthog/hogql/constants.py @ 00f0da23].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments persons
     * @description This endpoint is meant for reading and deleting persons. To create or update persons, we recommend using the capture API, the `$set` and `$unset` properties, or one of our SDKs. Differs from the docs: each item's `id` is the person's UUID (a string), unlike `GET persons/{id}/`; `count` comes only with `include_total`; `properties` is JSON-encoded. With `format=csv` the export is capped at the server's CSV row limit and starts at offset 0: CSV_EXPORT_LIMIT, which is MAX_SELECT_RETURNED_ROWS, 50000 rows [source: posthog/api/person.py, newest stored version (properties_at_time, batch_by_distinct_ids, get_throttles)] [source: posthog/hogql/constants.py @ 00f0da23].
     */
    get: operations["persons_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons
     * @deprecated
     * @description Returns one person. Differs from the docs: `id` may be the integer id or the person's UUID; a distinct id gives 400 (filter the list by `distinct_id` instead).
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_retrieve"];
    /**
     * Update environments persons (PUT)
     * @deprecated
     * @description Sets the given properties on the person, asynchronously (as a `$set` event); the same as PATCH (both run the viewset's `update`). Differs from the docs: the answer is 202 with no body, not the person; only `properties` is read, and it is required (400 with `code` and `detail` swapped otherwise) [source: posthog/api/person.py, newest stored version (properties_at_time, batch_by_distinct_ids, get_throttles)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    put: operations["environments_persons_update"];
    post?: never;
    /**
     * Delete environments persons
     * @deprecated
     * @description Use this endpoint to delete individual persons. For bulk deletion, use the bulk_delete endpoint instead. Differs from the docs: the answer is 202, not 204, and the server checks `delete_events` and `delete_recordings` by presence, so `delete_events=false` would delete events too; here they only take `true`. Newer servers also read `keep_person` the same way, and count a personal API key's deletes against `persons_delete_burst` (480/minute) and `persons_delete_sustained` (4800/hour) instead of `clickhouse_burst` [source: posthog/api/person.py, newest stored version (properties_at_time, batch_by_distinct_ids, get_throttles)]; older servers against `clickhouse_burst` and the per-user break-glass pair [source: posthog/api/person.py, older stored version with PersonsBreakGlassBurstThrottle]. The client counts them against all of these.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    delete: operations["environments_persons_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments persons
     * @deprecated
     * @description Sets the given properties on the person, asynchronously (as a `$set` event). Differs from the docs: the answer is 202 with no body, not the person; only `properties` is read.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    patch: operations["environments_persons_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/persons/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons
     * @description Returns one person. Differs from the docs: `id` may be the integer id or the person's UUID; a distinct id gives 400 (filter the list by `distinct_id` instead).
     */
    get: operations["persons_retrieve"];
    /**
     * Update environments persons (PUT)
     * @description Sets the given properties on the person, asynchronously (as a `$set` event); the same as PATCH (both run the viewset's `update`). Differs from the docs: the answer is 202 with no body, not the person; only `properties` is read, and it is required (400 with `code` and `detail` swapped otherwise) [source: posthog/api/person.py, newest stored version (properties_at_time, batch_by_distinct_ids, get_throttles)].
     */
    put: operations["persons_update"];
    post?: never;
    /**
     * Delete environments persons
     * @description Use this endpoint to delete individual persons. For bulk deletion, use the bulk_delete endpoint instead. Differs from the docs: the answer is 202, not 204, and the server checks `delete_events` and `delete_recordings` by presence, so `delete_events=false` would delete events too; here they only take `true`. Newer servers also read `keep_person` the same way, and count a personal API key's deletes against `persons_delete_burst` (480/minute) and `persons_delete_sustained` (4800/hour) instead of `clickhouse_burst` [source: posthog/api/person.py, newest stored version (properties_at_time, batch_by_distinct_ids, get_throttles)]; older servers against `clickhouse_burst` and the per-user break-glass pair [source: posthog/api/person.py, older stored version with PersonsBreakGlassBurstThrottle]. The client counts them against all of these.
     */
    delete: operations["persons_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments persons
     * @description Sets the given properties on the person, asynchronously (as a `$set` event). Differs from the docs: the answer is 202 with no body, not the person; only `properties` is read.
     */
    patch: operations["persons_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/persons/{id}/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons activity retrieve
     * @deprecated
     * @description Returns the person's activity log. Differs from the docs: the answer is a page of entries, not an empty body, paginated by `page` and `limit`.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_activity_retrieve_2"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/{id}/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons activity retrieve
     * @description Returns the person's activity log. Differs from the docs: the answer is a page of entries, not an empty body, paginated by `page` and `limit`.
     */
    get: operations["persons_activity_retrieve_2"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/{id}/delete_property/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons delete property
     * @deprecated
     * @description Removes one property from the person, asynchronously. Differs from the docs: the key goes in the body as `{"$unset": "<key>"}` (the documented query parameter alone makes the server fail), and the answer is 201 `{"success": true}`. A failure answers `{"success": false, "detail": ...}`.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_persons_delete_property_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/{id}/delete_property/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons delete property
     * @description Removes one property from the person, asynchronously. Differs from the docs: the key goes in the body as `{"$unset": "<key>"}` (the documented query parameter alone makes the server fail), and the answer is 201 `{"success": true}`. A failure answers `{"success": false, "detail": ...}`.
     */
    post: operations["persons_delete_property_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/{id}/properties_timeline/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons properties timeline
     * @deprecated
     * @description Returns how the person's properties changed over a period. Differs from the docs: the answer is a timeline, not an empty body. Personal API keys cannot call this (no scope allows it; they get 403): it needs a logged-in session.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_properties_timeline_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/{id}/properties_timeline/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons properties timeline
     * @description Returns how the person's properties changed over a period. Differs from the docs: the answer is a timeline, not an empty body. Personal API keys cannot call this (no scope allows it; they get 403): it needs a logged-in session.
     */
    get: operations["persons_properties_timeline_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments groups
     * @deprecated
     * @description Lists the groups of one type, newest first, 100 a page. Pages link forward only: follow `next`, which carries `group_type_index`, an opaque `cursor` and the filters; there is no `count`, and `previous` is always null on newer servers (older ones used DRF cursor links both ways). Differs from the docs: `search` is optional (the docs mark it required), newer servers add `group_key` (a case-insensitive substring filter), and a missing `group_type_index` gives 400 [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_groups_list"];
    put?: never;
    /**
     * Create environments groups
     * @deprecated
     * @description Creates a group (201). A group with the same key gives 400 "A group with this key already exists" (`attr: "detail"`); a failure to send the `$groupidentify` event answers `{"code": "Failed to submit group create event.", "detail": "capture_http_error", ...}` with the upstream status [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_groups_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments groups
     * @description Lists the groups of one type, newest first, 100 a page. Pages link forward only: follow `next`, which carries `group_type_index`, an opaque `cursor` and the filters; there is no `count`, and `previous` is always null on newer servers (older ones used DRF cursor links both ways). Differs from the docs: `search` is optional (the docs mark it required), newer servers add `group_key` (a case-insensitive substring filter), and a missing `group_type_index` gives 400 [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    get: operations["groups_list"];
    put?: never;
    /**
     * Create environments groups
     * @description Creates a group (201). A group with the same key gives 400 "A group with this key already exists" (`attr: "detail"`); a failure to send the `$groupidentify` event answers `{"code": "Failed to submit group create event.", "detail": "capture_http_error", ...}` with the upstream status [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    post: operations["groups_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups activity
     * @deprecated
     * @description Returns a group's activity log. Differs from the docs: the group is named by `group_type_index` and `group_key` (the documented `id` is ignored), and the answer is a page of entries, not an empty body. An unknown group gives 404 [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_groups_activity_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups activity
     * @description Returns a group's activity log. Differs from the docs: the group is named by `group_type_index` and `group_key` (the documented `id` is ignored), and the answer is a page of entries, not an empty body. An unknown group gives 404 [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    get: operations["groups_activity_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/delete_property/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments groups delete property
     * @deprecated
     * @description Removes one property from a group. Differs from the docs: the body is `{"$unset": "<key>"}`, not a group, and the answer is the updated group, not an empty body. Newer servers answer 400 when `$unset` is missing or not a property of the group [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_groups_delete_property_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/delete_property/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments groups delete property
     * @description Removes one property from a group. Differs from the docs: the body is `{"$unset": "<key>"}`, not a group, and the answer is the updated group, not an empty body. Newer servers answer 400 when `$unset` is missing or not a property of the group [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    post: operations["groups_delete_property_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/find/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups find
     * @deprecated
     * @description Finds a group by type and key. Differs from the docs: the answer is the group with its `notebook`, not an empty body. It may create the group's CRM notebook unless `skip_create_notebook` is set [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_groups_find_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/find/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups find
     * @description Finds a group by type and key. Differs from the docs: the answer is the group with its `notebook`, not an empty body. It may create the group's CRM notebook unless `skip_create_notebook` is set [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    get: operations["groups_find_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/property_definitions/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups property definitions
     * @deprecated
     * @description Lists the properties of each group type. Differs from the docs: the answer is an object keyed by group type index, not an empty body [source: ee/clickhouse/views/groups.py @ 8cbbcfdc]. The newest servers have dropped this action (404) [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_groups_property_definitions_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/property_definitions/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups property definitions
     * @description Lists the properties of each group type. Differs from the docs: the answer is an object keyed by group type index, not an empty body [source: ee/clickhouse/views/groups.py @ 8cbbcfdc]. The newest servers have dropped this action (404) [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    get: operations["groups_property_definitions_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/property_values/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups property values
     * @deprecated
     * @description Lists values of a group property, most frequent first. Differs from the docs: it needs `group_type_index` and `key` (older servers fail with 500 without them), and the answer is a list of values (at most 20): a bare array on older servers, `{results, refreshing}` on newer ones [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_groups_property_values_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/property_values/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups property values
     * @description Lists values of a group property, most frequent first. Differs from the docs: it needs `group_type_index` and `key` (older servers fail with 500 without them), and the answer is a list of values (at most 20): a bare array on older servers, `{results, refreshing}` on newer ones [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    get: operations["groups_property_values_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/update_property/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments groups update property
     * @deprecated
     * @description Sets one property of a group. Differs from the docs: the body is `{"key": ..., "value": ...}`, not a group, and the answer is the updated group, not an empty body [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_groups_update_property_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/update_property/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments groups update property
     * @description Sets one property of a group. Differs from the docs: the body is `{"key": ..., "value": ...}`, not a group, and the answer is the updated group, not an empty body [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    post: operations["groups_update_property_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/upsert_properties/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments groups upsert properties
     * @deprecated
     * @description Creates the group if needed and sets the given properties. Kept because PostHog's Groups docs page documents it, and described as the docs show it; but no server version has it: no stored version of ee/clickhouse/views/groups.py (mid-2025 @ 8cbbcfdc, the newest) defines an `upsert_properties` action, and PostHog's own schema @ 1404d6c7 lists no such operation. Expect 404 from every server.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_groups_upsert_properties_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/upsert_properties/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments groups upsert properties
     * @description Creates the group if needed and sets the given properties. Kept because PostHog's Groups docs page documents it, and described as the docs show it; but no server version has it: no stored version of ee/clickhouse/views/groups.py (mid-2025 @ 8cbbcfdc, the newest) defines an `upsert_properties` action, and PostHog's own schema @ 1404d6c7 lists no such operation. Expect 404 from every server.
     */
    post: operations["groups_upsert_properties_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments dashboards
     * @deprecated
     * @description Lists the project's dashboards (pinned first, then by name), without their tiles and without the soft-deleted ones. Differs from the docs: the server also reads `tags` (repeatable: dashboards with any of them), `exclude_generated=true` and `creation_mode`; unlisted dashboards appear only with `creation_mode=unlisted` [source: posthog/api/dashboards/dashboard.py @ 0070176f, filter_queryset and dangerously_get_queryset].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_dashboards_list"];
    put?: never;
    /**
     * Create environments dashboards
     * @deprecated
     * @description Creates a dashboard, 201 with its tiles. Differs from the docs: the body is optional and not a whole dashboard (see `DashboardCreate`); `filters`, `variables` and `duplicate_tiles` are read from it although documented read-only or absent; an unknown `use_dashboard` or `use_template` gives 400 [source: posthog/api/dashboards/dashboard.py @ 0070176f, DashboardSerializer.create].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_dashboards_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments dashboards
     * @description Lists the project's dashboards (pinned first, then by name), without their tiles and without the soft-deleted ones. Differs from the docs: the server also reads `tags` (repeatable: dashboards with any of them), `exclude_generated=true` and `creation_mode`; unlisted dashboards appear only with `creation_mode=unlisted` [source: posthog/api/dashboards/dashboard.py @ 0070176f, filter_queryset and dangerously_get_queryset].
     */
    get: operations["dashboards_list"];
    put?: never;
    /**
     * Create environments dashboards
     * @description Creates a dashboard, 201 with its tiles. Differs from the docs: the body is optional and not a whole dashboard (see `DashboardCreate`); `filters`, `variables` and `duplicate_tiles` are read from it although documented read-only or absent; an unknown `use_dashboard` or `use_template` gives 400 [source: posthog/api/dashboards/dashboard.py @ 0070176f, DashboardSerializer.create].
     */
    post: operations["dashboards_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/{id}/snapshot/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards snapshot
     * @deprecated
     * @description Stores the dashboard's current results (the ones given, or the cached ones) for a later `analyze_refresh_result`, for 30 minutes. Differs from the docs: the body is `{"client_results"?: {...}}`, not a dashboard, and the answer is `{"cache_key": ...}`, not empty. Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: posthog/api/dashboards/dashboard.py @ 0070176f, snapshot: no required_scopes].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_dashboards_snapshot_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{id}/snapshot/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards snapshot
     * @description Stores the dashboard's current results (the ones given, or the cached ones) for a later `analyze_refresh_result`, for 30 minutes. Differs from the docs: the body is `{"client_results"?: {...}}`, not a dashboard, and the answer is `{"cache_key": ...}`, not empty. Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: posthog/api/dashboards/dashboard.py @ 0070176f, snapshot: no required_scopes].
     */
    post: operations["dashboards_snapshot_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/{id}/analyze_refresh_result/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards analyze refresh result
     * @deprecated
     * @description Has an AI compare the state stored by `snapshot` with the dashboard's current results and summarize what changed. Differs from the docs: the body is `{"cache_key": ...}`, not a dashboard, and the answer is `{"result": ...}`, not empty; a missing or expired key gives 400 `{"error": ...}`. Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: posthog/api/dashboards/dashboard.py @ 0070176f, analyze_refresh_result].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_dashboards_analyze_refresh_result_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{id}/analyze_refresh_result/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards analyze refresh result
     * @description Has an AI compare the state stored by `snapshot` with the dashboard's current results and summarize what changed. Differs from the docs: the body is `{"cache_key": ...}`, not a dashboard, and the answer is `{"result": ...}`, not empty; a missing or expired key gives 400 `{"error": ...}`. Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: posthog/api/dashboards/dashboard.py @ 0070176f, analyze_refresh_result].
     */
    post: operations["dashboards_analyze_refresh_result_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    /**
     * List all environments dashboards sharing
     * @deprecated
     * @description Returns how the dashboard is shared. Differs from the docs: the answer is one object, not an array (`pagination_class = None`, and the list builds a single configuration, not saved until sharing is enabled) [source: posthog/api/sharing.py @ 011aac22].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_dashboards_sharing_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{dashboard_id}/sharing/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    /**
     * List all environments dashboards sharing
     * @description Returns how the dashboard is shared. Differs from the docs: the answer is one object, not an array (`pagination_class = None`, and the list builds a single configuration, not saved until sharing is enabled) [source: posthog/api/sharing.py @ 011aac22].
     */
    get: operations["dashboards_sharing_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards sharing passwords
     * @deprecated
     * @description Create a new password for the sharing configuration. Differs from the docs: the body is `{raw_password?, note?}`, and the answer is 201 with the new password in plain text (shown this once), not the configuration. Errors are `{"error": ...}`: 400 when password protection is not enabled, 403 without the Advanced Permissions feature; a `raw_password` under 8 characters gives 400, and no edit access to the dashboard 403 [source: posthog/api/sharing.py @ 011aac22, create_password].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_dashboards_sharing_passwords_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{dashboard_id}/sharing/passwords/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments dashboards sharing passwords
     * @description Create a new password for the sharing configuration. Differs from the docs: the body is `{raw_password?, note?}`, and the answer is 201 with the new password in plain text (shown this once), not the configuration. Errors are `{"error": ...}`: 400 when password protection is not enabled, 403 without the Advanced Permissions feature; a `raw_password` under 8 characters gives 400, and no edit access to the dashboard 403 [source: posthog/api/sharing.py @ 011aac22, create_password].
     */
    post: operations["dashboards_sharing_passwords_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/{password_id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
        password_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete environments dashboards sharing passwords
     * @deprecated
     * @description Delete a password from the sharing configuration, 204 (the password is deactivated). An unknown password gives 404 "Password not found"; without the Advanced Permissions feature 403 `{"error": ...}`; without edit access to the dashboard 403 [source: posthog/api/sharing.py @ 011aac22, delete_password].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    delete: operations["environments_dashboards_sharing_passwords_destroy"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{dashboard_id}/sharing/passwords/{password_id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
        password_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete environments dashboards sharing passwords
     * @description Delete a password from the sharing configuration, 204 (the password is deactivated). An unknown password gives 404 "Password not found"; without the Advanced Permissions feature 403 `{"error": ...}`; without edit access to the dashboard 403 [source: posthog/api/sharing.py @ 011aac22, delete_password].
     */
    delete: operations["dashboards_sharing_passwords_destroy"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    /**
     * List all dashboards collaborators
     * @description Lists the users given edit access to the dashboard. Only under /api/projects/ (there is no environments route). Differs from the docs: the answer is a bare array (`pagination_class = None`) [source: ee/api/dashboard_collaborator.py @ 39295308].
     */
    get: operations["dashboards_collaborators_list_2"];
    put?: never;
    /**
     * Create dashboards collaborators
     * @description Gives a user edit access to the dashboard, 201. Only for dashboards whose restriction level is 37 (400 otherwise), by someone who can edit it (403), for a user of the project who is not already its owner or an admin, nor a collaborator (400) [source: ee/api/dashboard_collaborator.py @ 39295308, DashboardCollaboratorSerializer.validate and create].
     */
    post: operations["dashboards_collaborators_create_2"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/{user__uuid}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
        /** @description The collaborator's user UUID (not the collaborator's own `id`). */
        user__uuid: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete dashboards collaborators
     * @description Takes a user's edit access away, 204. A dashboard on restriction level 21 gives 400 "Cannot remove collaborators from a dashboard on the lowest restriction level." [source: ee/api/dashboard_collaborator.py @ 39295308, perform_destroy].
     */
    delete: operations["dashboards_collaborators_destroy_2"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/data_color_themes/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments data color themes
     * @deprecated
     * @description Returns a theme of this project, or a global one.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_data_color_themes_retrieve"];
    /**
     * Update environments data color themes
     * @deprecated
     * @description Changes a theme. Differs from the docs: a global theme can only be changed by PostHog staff (403 "Only staff users can edit global themes."), and a project theme only on plans with the data color themes feature (403 "This feature is only available on paid plans.") [source: posthog/api/data_color_theme.py @ c51eef85, GlobalThemePermission and PaidThemePermission].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    put: operations["environments_data_color_themes_update"];
    post?: never;
    /**
     * Delete environments data color themes
     * @deprecated
     * @description Deletes the theme for good (204). The same permissions as updating apply: staff only for global themes, paid plans only for project themes (403) [source: posthog/api/data_color_theme.py @ c51eef85].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    delete: operations["environments_data_color_themes_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments data color themes
     * @deprecated
     * @description Changes a theme. Differs from the docs: a global theme can only be changed by PostHog staff (403 "Only staff users can edit global themes."), and a project theme only on plans with the data color themes feature (403 "This feature is only available on paid plans.") [source: posthog/api/data_color_theme.py @ c51eef85, GlobalThemePermission and PaidThemePermission].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    patch: operations["environments_data_color_themes_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/data_color_themes/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments data color themes
     * @description Returns a theme of this project, or a global one.
     */
    get: operations["data_color_themes_retrieve"];
    /**
     * Update environments data color themes
     * @description Changes a theme. Differs from the docs: a global theme can only be changed by PostHog staff (403 "Only staff users can edit global themes."), and a project theme only on plans with the data color themes feature (403 "This feature is only available on paid plans.") [source: posthog/api/data_color_theme.py @ c51eef85, GlobalThemePermission and PaidThemePermission].
     */
    put: operations["data_color_themes_update"];
    post?: never;
    /**
     * Delete environments data color themes
     * @description Deletes the theme for good (204). The same permissions as updating apply: staff only for global themes, paid plans only for project themes (403) [source: posthog/api/data_color_theme.py @ c51eef85].
     */
    delete: operations["data_color_themes_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments data color themes
     * @description Changes a theme. Differs from the docs: a global theme can only be changed by PostHog staff (403 "Only staff users can edit global themes."), and a project theme only on plans with the data color themes feature (403 "This feature is only available on paid plans.") [source: posthog/api/data_color_theme.py @ c51eef85, GlobalThemePermission and PaidThemePermission].
     */
    patch: operations["data_color_themes_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments hog functions
     * @deprecated
     * @description Lists hog functions (destinations, transformations, site apps...), without the deleted ones, ordered by `execution_order`, then newest update first (by relevance when searching). Differs from the docs: `filters` and `filter_groups` are read too (JSON, matched with `filters @>`); `full=true` returns every field of each function (the `HogFunction` shape) instead of the short form; `search` matches name and description (trigram similarity on newer servers, which refuse a term over their `MAX_SEARCH_LENGTH` with 400); `warehouse_source_webhook` functions are never listed [source: products/cdp/backend/api/hog_function.py @ 00190775, safely_get_queryset and get_serializer_class; HogFunctionFilterSet].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    get: operations["environments_hog_functions_list"];
    put?: never;
    /**
     * Create environments hog functions
     * @deprecated
     * @description Creates a function, 201 with it in full. Differs from the docs: the body is not a whole `HogFunction` (see `HogFunctionCreate`: nothing is strictly required, a template fills the gaps), and a function created enabled by an AI agent is refused on newer servers [source: products/cdp/backend/api/hog_function.py @ 00190775, perform_create].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    post: operations["environments_hog_functions_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments hog functions
     * @description Lists hog functions (destinations, transformations, site apps...), without the deleted ones, ordered by `execution_order`, then newest update first (by relevance when searching). Differs from the docs: `filters` and `filter_groups` are read too (JSON, matched with `filters @>`); `full=true` returns every field of each function (the `HogFunction` shape) instead of the short form; `search` matches name and description (trigram similarity on newer servers, which refuse a term over their `MAX_SEARCH_LENGTH` with 400); `warehouse_source_webhook` functions are never listed [source: products/cdp/backend/api/hog_function.py @ 00190775, safely_get_queryset and get_serializer_class; HogFunctionFilterSet].
     */
    get: operations["hog_functions_list"];
    put?: never;
    /**
     * Create environments hog functions
     * @description Creates a function, 201 with it in full. Differs from the docs: the body is not a whole `HogFunction` (see `HogFunctionCreate`: nothing is strictly required, a template fills the gaps), and a function created enabled by an AI agent is refused on newer servers [source: products/cdp/backend/api/hog_function.py @ 00190775, perform_create].
     */
    post: operations["hog_functions_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions
     * @deprecated
     * @description Returns the function in full. Deleted functions (and warehouse source webhooks) give 404.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    get: operations["environments_hog_functions_retrieve"];
    /**
     * Update environments hog functions
     * @deprecated
     * @description Updates the function. Differs from the docs: no field is required (the server fills `type`, `inputs_schema`, `inputs` and `filters` from the stored function), so a PUT acts like a PATCH; `type` cannot change. On newer servers an AI agent's config change to an enabled destination is staged as a `draft` instead of going live [source: products/cdp/backend/api/hog_function.py @ 00190775, to_internal_value and perform_update].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    put: operations["environments_hog_functions_update"];
    post?: never;
    /**
     * Delete environments hog functions
     * @deprecated
     * @description Hard delete of this model is not allowed: the server always answers 405 (`ForbidDestroyModel`, after the permission checks). Use a PATCH with `{"deleted": true}` to soft-delete the function instead [source: products/cdp/backend/api/hog_function.py @ 00190775].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    delete: operations["environments_hog_functions_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments hog functions
     * @deprecated
     * @description Changes the given fields. This is also how a function is deleted: `{"deleted": true}` (hard DELETE is refused); `{"deleted": false}` restores it (a PATCH is the only request that sees deleted functions). Differs from the docs: `deleted` is accepted although not in the documented body; newer servers answer 409 `stale_update` when `base_updated_at` is older than the stored function [source: products/cdp/backend/api/hog_function.py @ 00190775, safely_get_queryset and perform_update].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    patch: operations["environments_hog_functions_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions
     * @description Returns the function in full. Deleted functions (and warehouse source webhooks) give 404.
     */
    get: operations["hog_functions_retrieve"];
    /**
     * Update environments hog functions
     * @description Updates the function. Differs from the docs: no field is required (the server fills `type`, `inputs_schema`, `inputs` and `filters` from the stored function), so a PUT acts like a PATCH; `type` cannot change. On newer servers an AI agent's config change to an enabled destination is staged as a `draft` instead of going live [source: products/cdp/backend/api/hog_function.py @ 00190775, to_internal_value and perform_update].
     */
    put: operations["hog_functions_update"];
    post?: never;
    /**
     * Delete environments hog functions
     * @description Hard delete of this model is not allowed: the server always answers 405 (`ForbidDestroyModel`, after the permission checks). Use a PATCH with `{"deleted": true}` to soft-delete the function instead [source: products/cdp/backend/api/hog_function.py @ 00190775].
     */
    delete: operations["hog_functions_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments hog functions
     * @description Changes the given fields. This is also how a function is deleted: `{"deleted": true}` (hard DELETE is refused); `{"deleted": false}` restores it (a PATCH is the only request that sees deleted functions). Differs from the docs: `deleted` is accepted although not in the documented body; newer servers answer 409 `stale_update` when `base_updated_at` is older than the stored function [source: products/cdp/backend/api/hog_function.py @ 00190775, safely_get_queryset and perform_update].
     */
    patch: operations["hog_functions_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/{id}/enable_backfills/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments hog functions enable backfills
     * @deprecated
     * @description Creates the (paused) batch export that lets an event destination be backfilled, and links it to the function. Differs from the docs: the body is ignored, and the answer is `{"batch_export_id": ...}`, not a function; errors are `{"error": ...}` (400 when already enabled, or the function is not an event-sourced destination), 403 when the team lacks the backfill-workflows-destination flag. Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: products/cdp/backend/api/hog_function.py @ 00190775, enable_backfills; not in scope_object_write_actions].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    post: operations["environments_hog_functions_enable_backfills_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/{id}/enable_backfills/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments hog functions enable backfills
     * @description Creates the (paused) batch export that lets an event destination be backfilled, and links it to the function. Differs from the docs: the body is ignored, and the answer is `{"batch_export_id": ...}`, not a function; errors are `{"error": ...}` (400 when already enabled, or the function is not an event-sourced destination), 403 when the team lacks the backfill-workflows-destination flag. Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: products/cdp/backend/api/hog_function.py @ 00190775, enable_backfills; not in scope_object_write_actions].
     */
    post: operations["hog_functions_enable_backfills_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/{id}/invocations/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The function to test, or `new` for one not saved yet (the server runs the given configuration whatever the id; an unknown id counts as `new`). */
        id: string | "new";
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments hog functions invocations
     * @deprecated
     * @description Runs the given configuration once on a test event, through the CDP worker, and returns what it did. Differs from the docs: the body is `{configuration, globals, mock_async_functions...}`, not a function, and the answer is the worker's result; a failed run answers with the worker's status and `{"status": "error", ...}`, an invalid body 400 with the serializer's errors (not the standard error shape) [source: products/cdp/backend/api/hog_function.py @ 00190775, invocations]. Older servers refuse personal API keys here (403: the action had no scope) [source: posthog/api/hog_function.py @ bb3f43db].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    post: operations["environments_hog_functions_invocations_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/{id}/invocations/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The function to test, or `new` for one not saved yet (the server runs the given configuration whatever the id; an unknown id counts as `new`). */
        id: string | "new";
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments hog functions invocations
     * @description Runs the given configuration once on a test event, through the CDP worker, and returns what it did. Differs from the docs: the body is `{configuration, globals, mock_async_functions...}`, not a function, and the answer is the worker's result; a failed run answers with the worker's status and `{"status": "error", ...}`, an invalid body 400 with the serializer's errors (not the standard error shape) [source: products/cdp/backend/api/hog_function.py @ 00190775, invocations]. Older servers refuse personal API keys here (403: the action had no scope) [source: posthog/api/hog_function.py @ bb3f43db].
     */
    post: operations["hog_functions_invocations_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/{id}/logs/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions logs
     * @deprecated
     * @description The function's newest log entries, newest first. Differs from the docs (which list no parameters and no body): it takes `limit` (1 to 500, default 50), `after`, `before`, `level` (repeatable), `search` (a substring of the message) and `instance_id`, and answers a limit/offset page of `HogFunctionLogEntry`; `limit` both caps the entries read and sizes the page, so the first page holds them all [source: posthog/api/log_entries.py @ 16610336, LogEntryMixin.logs and LogEntryRequestSerializer]. Older servers refuse personal API keys here (403) [source: posthog/api/hog_function.py @ bb3f43db].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    get: operations["environments_hog_functions_logs_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/{id}/logs/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions logs
     * @description The function's newest log entries, newest first. Differs from the docs (which list no parameters and no body): it takes `limit` (1 to 500, default 50), `after`, `before`, `level` (repeatable), `search` (a substring of the message) and `instance_id`, and answers a limit/offset page of `HogFunctionLogEntry`; `limit` both caps the entries read and sizes the page, so the first page holds them all [source: posthog/api/log_entries.py @ 16610336, LogEntryMixin.logs and LogEntryRequestSerializer]. Older servers refuse personal API keys here (403) [source: posthog/api/hog_function.py @ bb3f43db].
     */
    get: operations["hog_functions_logs_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/{id}/metrics/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions metrics
     * @deprecated
     * @description The function's metrics over time, one series per kind (or name). Differs from the docs (no parameters, no body): it takes the parameters below and answers `{labels, series}` [source: posthog/api/app_metrics2.py @ 19194eff, AppMetricsMixin.metrics and AppMetricsRequestSerializer]. Older servers refuse personal API keys here (403) [source: posthog/api/hog_function.py @ bb3f43db].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    get: operations["environments_hog_functions_metrics_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/{id}/metrics/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions metrics
     * @description The function's metrics over time, one series per kind (or name). Differs from the docs (no parameters, no body): it takes the parameters below and answers `{labels, series}` [source: posthog/api/app_metrics2.py @ 19194eff, AppMetricsMixin.metrics and AppMetricsRequestSerializer]. Older servers refuse personal API keys here (403) [source: posthog/api/hog_function.py @ bb3f43db].
     */
    get: operations["hog_functions_metrics_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/{id}/metrics/totals/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions metrics totals
     * @deprecated
     * @description The function's metric totals by kind (or name); without `after` and `before`, over all time. `interval` and `instance_id` are ignored here. Differs from the docs (no parameters, no body) [source: posthog/api/app_metrics2.py @ 19194eff, AppMetricsMixin.metrics_totals]. Older servers refuse personal API keys here (403) [source: posthog/api/hog_function.py @ bb3f43db].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    get: operations["environments_hog_functions_metrics_totals_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/{id}/metrics/totals/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions metrics totals
     * @description The function's metric totals by kind (or name); without `after` and `before`, over all time. `interval` and `instance_id` are ignored here. Differs from the docs (no parameters, no body) [source: posthog/api/app_metrics2.py @ 19194eff, AppMetricsMixin.metrics_totals]. Older servers refuse personal API keys here (403) [source: posthog/api/hog_function.py @ bb3f43db].
     */
    get: operations["hog_functions_metrics_totals_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/icon/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions icon
     * @deprecated
     * @description A brand's logo, proxied from logo.dev and cacheable for a day. Differs from the docs: it takes `id` (a domain, from `icons`) and answers the image itself (read it with `parseAs: "blob"`); no `id` gives 400 "id is required", an unknown one (or a server without a logo.dev token) 404. Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: products/cdp/backend/api/hog_function.py @ 00190775, icon; posthog/cdp/services/icons.py @ 375ade9f].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    get: operations["environments_hog_functions_icon_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/icon/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions icon
     * @description A brand's logo, proxied from logo.dev and cacheable for a day. Differs from the docs: it takes `id` (a domain, from `icons`) and answers the image itself (read it with `parseAs: "blob"`); no `id` gives 400 "id is required", an unknown one (or a server without a logo.dev token) 404. Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: products/cdp/backend/api/hog_function.py @ 00190775, icon; posthog/cdp/services/icons.py @ 375ade9f].
     */
    get: operations["hog_functions_icon_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/icons/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions icons
     * @deprecated
     * @description Searches logo.dev for brand icons. Differs from the docs: it takes `query` and answers an array of `{id, name, url}` (empty without a query, or on a server without a logo.dev token). Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: products/cdp/backend/api/hog_function.py @ 00190775, icons; posthog/cdp/services/icons.py @ 375ade9f].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    get: operations["environments_hog_functions_icons_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/icons/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments hog functions icons
     * @description Searches logo.dev for brand icons. Differs from the docs: it takes `query` and answers an array of `{id, name, url}` (empty without a query, or on a server without a logo.dev token). Personal API keys cannot call this (the action has no scope: 403): it needs a logged-in session [source: products/cdp/backend/api/hog_function.py @ 00190775, icons; posthog/cdp/services/icons.py @ 375ade9f].
     */
    get: operations["hog_functions_icons_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/hog_functions/rearrange/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update environments hog functions rearrange
     * @deprecated
     * @description Sets the execution order of several transformations at once. Differs from the docs: the body is `{"orders": {<function id>: <execution_order>}}`, not a function, and the answer is every function of that type in its new order (a bare array); no `orders` gives 400 "No orders provided", an unknown id 400, mixed types 400 (newer servers) [source: products/cdp/backend/api/hog_function.py @ 00190775, rearrange]. Older servers refuse personal API keys here (403) [source: posthog/api/hog_function.py @ bb3f43db].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead. Newer servers no longer route this under /api/environments/, so a call there can 404: Newer servers route hog functions under /api/projects/{project_id}/hog_functions/ only (products/cdp/backend/routes.py @ 19194eff registers them with routers.projects; earlier versions used register_legacy_dual_route). Until posthog/middleware.py's EnvironmentsRewriteMiddleware serves /api/environments/ through /api/projects/ (at first behind the api-environments-redirect flag), a call on this path can 404: use the /api/projects/ twin.
     */
    patch: operations["environments_hog_functions_rearrange_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/hog_functions/rearrange/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update environments hog functions rearrange
     * @description Sets the execution order of several transformations at once. Differs from the docs: the body is `{"orders": {<function id>: <execution_order>}}`, not a function, and the answer is every function of that type in its new order (a bare array); no `orders` gives 400 "No orders provided", an unknown id 400, mixed types 400 (newer servers) [source: products/cdp/backend/api/hog_function.py @ 00190775, rearrange]. Older servers refuse personal API keys here (403) [source: posthog/api/hog_function.py @ bb3f43db].
     */
    patch: operations["hog_functions_rearrange_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/insight_variables/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments insight variables
     * @deprecated
     * @description Lists the project's insight variables, 500 a page, by page number. Differs from the docs: there is no `limit` or `offset`, only `page` (`InsightVariablePagination`, a PageNumberPagination with page_size 500) [source: products/product_analytics/backend/api/insight_variable.py @ 2a0ebe09]. Servers whose insight variables are still internal refuse personal API keys here (403) [source: posthog/api/insight_variable.py @ 2ac45e16].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insight_variables_list"];
    put?: never;
    /**
     * Create environments insight variables
     * @deprecated
     * @description Creates a variable. Its `code_name` is derived from `name`; a name whose code name is taken gives 400 "Variable with this code name already exists" (older servers: "Variable with name already exists") [source: products/product_analytics/backend/api/insight_variable.py @ 2a0ebe09].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insight_variables_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insight_variables/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all environments insight variables
     * @description Lists the project's insight variables, 500 a page, by page number. Differs from the docs: there is no `limit` or `offset`, only `page` (`InsightVariablePagination`, a PageNumberPagination with page_size 500) [source: products/product_analytics/backend/api/insight_variable.py @ 2a0ebe09]. Servers whose insight variables are still internal refuse personal API keys here (403) [source: posthog/api/insight_variable.py @ 2ac45e16].
     */
    get: operations["insight_variables_list"];
    put?: never;
    /**
     * Create environments insight variables
     * @description Creates a variable. Its `code_name` is derived from `name`; a name whose code name is taken gives 400 "Variable with this code name already exists" (older servers: "Variable with name already exists") [source: products/product_analytics/backend/api/insight_variable.py @ 2a0ebe09].
     */
    post: operations["insight_variables_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insight_variables/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insight variables
     * @deprecated
     * @description Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insight_variables_retrieve"];
    /**
     * Update environments insight variables
     * @deprecated
     * @description Replaces the variable: `name` and `type` are required, the other writable fields fall back to their defaults when left out. `code_name` is not recomputed. Differs from the docs: the body has no read-only fields (`id`, `code_name`, `created_by`, `created_at` are ignored if sent) [source: products/product_analytics/backend/api/insight_variable.py @ 2a0ebe09, `read_only_fields`].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    put: operations["environments_insight_variables_update"];
    post?: never;
    /**
     * Delete environments insight variables
     * @deprecated
     * @description Deletes the variable for good (a plain ModelViewSet destroy, 204).
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    delete: operations["environments_insight_variables_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments insight variables
     * @deprecated
     * @description Changes the given fields. `code_name` is not recomputed when `name` changes.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    patch: operations["environments_insight_variables_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/insight_variables/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    /** Retrieve environments insight variables */
    get: operations["insight_variables_retrieve"];
    /**
     * Update environments insight variables
     * @description Replaces the variable: `name` and `type` are required, the other writable fields fall back to their defaults when left out. `code_name` is not recomputed. Differs from the docs: the body has no read-only fields (`id`, `code_name`, `created_by`, `created_at` are ignored if sent) [source: products/product_analytics/backend/api/insight_variable.py @ 2a0ebe09, `read_only_fields`].
     */
    put: operations["insight_variables_update"];
    post?: never;
    /**
     * Delete environments insight variables
     * @description Deletes the variable for good (a plain ModelViewSet destroy, 204).
     */
    delete: operations["insight_variables_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments insight variables
     * @description Changes the given fields. `code_name` is not recomputed when `name` changes.
     */
    patch: operations["insight_variables_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/persons/{id}/split/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons split
     * @deprecated
     * @description Splits distinct ids off a merged person, asynchronously. Either keep one id with `main_distinct_id` (every other id moves to a new person of its own; the first id is kept when both are omitted) or move the listed `distinct_ids_to_split` off (newer servers only); the two cannot be combined (400). Differs from the docs: the body is `{main_distinct_id?, distinct_ids_to_split?}`, not a person, and the answer is 201 `{"success": true}`, not an empty body [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_persons_split_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/{id}/split/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons split
     * @description Splits distinct ids off a merged person, asynchronously. Either keep one id with `main_distinct_id` (every other id moves to a new person of its own; the first id is kept when both are omitted) or move the listed `distinct_ids_to_split` off (newer servers only); the two cannot be combined (400). Differs from the docs: the body is `{main_distinct_id?, distinct_ids_to_split?}`, not a person, and the answer is 201 `{"success": true}`, not an empty body [source: posthog/api/person.py, newest stored version].
     */
    post: operations["persons_split_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/{id}/update_property/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons update property
     * @deprecated
     * @description Sets one property on the person, asynchronously (as a `$set` event). Differs from the docs: `key` and `value` go in the JSON body, not the query string; the answer is 202 with no body; a missing field gives 400 with `code` and `detail` swapped (`{"attr": "value", "code": "This field is required.", "detail": "required"}`), and newer servers refuse properties you may not write (400) [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_persons_update_property_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/{id}/update_property/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons update property
     * @description Sets one property on the person, asynchronously (as a `$set` event). Differs from the docs: `key` and `value` go in the JSON body, not the query string; the answer is 202 with no body; a missing field gives 400 with `code` and `detail` swapped (`{"attr": "value", "code": "This field is required.", "detail": "required"}`), and newer servers refuse properties you may not write (400) [source: posthog/api/person.py, newest stored version].
     */
    post: operations["persons_update_property_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons activity
     * @deprecated
     * @description Returns the activity log of every person in the project. Differs from the docs: the answer is a page of entries, not an empty body, paginated by `page` and `limit` [source: posthog/api/person.py, newest stored version]. Newer servers name this operation `persons_all_activity_retrieve`; the environments schema keeps this id.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_activity_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons activity
     * @description Returns the activity log of every person in the project. Differs from the docs: the answer is a page of entries, not an empty body, paginated by `page` and `limit` [source: posthog/api/person.py, newest stored version]. Newer servers name this operation `persons_all_activity_retrieve`; the environments schema keeps this id.
     */
    get: operations["persons_activity_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/batch_by_distinct_ids/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons batch by distinct ids
     * @deprecated
     * @description Looks up the persons behind up to 200 distinct ids (further ids are ignored) and returns them keyed by distinct id; unknown ids are left out, and an empty or missing list answers `{"results": {}}`. Each person lists at most 10 distinct ids. It reads only, and needs `person:read` on newer servers (older ones set no scope, so a personal API key got 403). Differs from the docs: the body is `{distinct_ids}`, not a person, and the answer is 200 with the persons, not an empty body [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_persons_batch_by_distinct_ids_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/batch_by_distinct_ids/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons batch by distinct ids
     * @description Looks up the persons behind up to 200 distinct ids (further ids are ignored) and returns them keyed by distinct id; unknown ids are left out, and an empty or missing list answers `{"results": {}}`. Each person lists at most 10 distinct ids. It reads only, and needs `person:read` on newer servers (older ones set no scope, so a personal API key got 403). Differs from the docs: the body is `{distinct_ids}`, not a person, and the answer is 200 with the persons, not an empty body [source: posthog/api/person.py, newest stored version].
     */
    post: operations["persons_batch_by_distinct_ids_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/bulk_delete/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons bulk delete
     * @deprecated
     * @description Deletes up to 1000 persons at once, by PostHog person UUIDs (`ids`) or by `distinct_ids` (one of the two, not both), optionally queueing the deletion of their events and recordings. Only events captured before the request are deleted. Differs from the docs: every field goes in the JSON body (the docs list them as query parameters, which the server ignores), and the answer is 202: with a summary on newer servers, with no body on older ones [source: posthog/api/person.py, newest stored version]. Throttled like the single delete.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_persons_bulk_delete_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/bulk_delete/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons bulk delete
     * @description Deletes up to 1000 persons at once, by PostHog person UUIDs (`ids`) or by `distinct_ids` (one of the two, not both), optionally queueing the deletion of their events and recordings. Only events captured before the request are deleted. Differs from the docs: every field goes in the JSON body (the docs list them as query parameters, which the server ignores), and the answer is 202: with a summary on newer servers, with no body on older ones [source: posthog/api/person.py, newest stored version]. Throttled like the single delete.
     */
    post: operations["persons_bulk_delete_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/cohorts/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons cohorts
     * @deprecated
     * @description Lists the (not deleted) cohorts a person belongs to. Differs from the docs: `person_id` (the person's integer id or UUID) is a required query parameter, and the answer is `{"results": [...]}`, not an empty body [source: posthog/api/person.py, newest stored version]. It needs both `person:read` and `cohort:read`.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_cohorts_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/cohorts/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons cohorts
     * @description Lists the (not deleted) cohorts a person belongs to. Differs from the docs: `person_id` (the person's integer id or UUID) is a required query parameter, and the answer is `{"results": [...]}`, not an empty body [source: posthog/api/person.py, newest stored version]. It needs both `person:read` and `cohort:read`.
     */
    get: operations["persons_cohorts_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/funnel/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons funnel
     * @deprecated
     * @description Legacy: the persons who reached (or dropped off at) a step of a funnel given as a legacy filter (`funnel_step`, `funnel_step_breakdown`, ...). Differs from the docs: the answer is `{results: [{people, count}], next, initial, missing_persons, is_cached, last_refresh}`, not an empty body. Servers that block legacy insight endpoints for the user answer 403. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_funnel_retrieve"];
    put?: never;
    /**
     * Create environments persons funnel
     * @deprecated
     * @description The same as `GET persons/funnel/`, with the legacy filter as the JSON body. It creates nothing. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_persons_funnel_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/funnel/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons funnel
     * @description Legacy: the persons who reached (or dropped off at) a step of a funnel given as a legacy filter (`funnel_step`, `funnel_step_breakdown`, ...). Differs from the docs: the answer is `{results: [{people, count}], next, initial, missing_persons, is_cached, last_refresh}`, not an empty body. Servers that block legacy insight endpoints for the user answer 403. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     */
    get: operations["persons_funnel_retrieve"];
    put?: never;
    /**
     * Create environments persons funnel
     * @description The same as `GET persons/funnel/`, with the legacy filter as the JSON body. It creates nothing. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     */
    post: operations["persons_funnel_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/funnel/correlation/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons funnel correlation
     * @deprecated
     * @description Legacy, enterprise only: the persons behind a funnel correlation (`funnel_correlation_person_entity`, `funnel_correlation_person_converted`, ... in the legacy filter). The answer has the legacy actors shape of `persons/funnel/`. Differs from the docs: that body, not an empty one. Not verified against the server code (the enterprise persons viewset, ee/clickhouse/views/person.py, was not read); the shape is inferred from `persons/funnel/`, whose actor class it selects. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_funnel_correlation_retrieve"];
    put?: never;
    /**
     * Create environments persons funnel correlation
     * @deprecated
     * @description The same as `GET persons/funnel/correlation/`, with the legacy filter as the JSON body. Not verified against the server code (see the GET). Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_persons_funnel_correlation_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/funnel/correlation/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons funnel correlation
     * @description Legacy, enterprise only: the persons behind a funnel correlation (`funnel_correlation_person_entity`, `funnel_correlation_person_converted`, ... in the legacy filter). The answer has the legacy actors shape of `persons/funnel/`. Differs from the docs: that body, not an empty one. Not verified against the server code (the enterprise persons viewset, ee/clickhouse/views/person.py, was not read); the shape is inferred from `persons/funnel/`, whose actor class it selects. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     */
    get: operations["persons_funnel_correlation_retrieve"];
    put?: never;
    /**
     * Create environments persons funnel correlation
     * @description The same as `GET persons/funnel/correlation/`, with the legacy filter as the JSON body. Not verified against the server code (see the GET). Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     */
    post: operations["persons_funnel_correlation_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/lifecycle/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons lifecycle
     * @deprecated
     * @description Legacy: the persons in one lifecycle bucket (`lifecycle_type`: new, returning, resurrecting, dormant) on one date (`target_date`) of a lifecycle filter. Both are required (400 `{"message": "Missing parameter", ...}` otherwise). Differs from the docs: the answer is `{results: [{people, count}], next}`, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_lifecycle_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/lifecycle/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons lifecycle
     * @description Legacy: the persons in one lifecycle bucket (`lifecycle_type`: new, returning, resurrecting, dormant) on one date (`target_date`) of a lifecycle filter. Both are required (400 `{"message": "Missing parameter", ...}` otherwise). Differs from the docs: the answer is `{results: [{people, count}], next}`, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     */
    get: operations["persons_lifecycle_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/properties_at_time/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons properties at time
     * @deprecated
     * @description Rebuilds a person's properties as they were at a point in time, from the `$set` (and optionally `$set_once`) operations of their events up to `timestamp`. Give exactly one of `distinct_id` and `person_id`. Errors on this endpoint are `{"error": "..."}` (400 for bad parameters, 404 when the person is not found, 500 when the rebuild fails) [source: posthog/api/person.py, newest stored version]. `include_set_once` is read as `true` only when it is the text `true`.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_properties_at_time_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/properties_at_time/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons properties at time
     * @description Rebuilds a person's properties as they were at a point in time, from the `$set` (and optionally `$set_once`) operations of their events up to `timestamp`. Give exactly one of `distinct_id` and `person_id`. Errors on this endpoint are `{"error": "..."}` (400 for bad parameters, 404 when the person is not found, 500 when the rebuild fails) [source: posthog/api/person.py, newest stored version]. `include_set_once` is read as `true` only when it is the text `true`.
     */
    get: operations["persons_properties_at_time_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/reset_person_distinct_id/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons reset person distinct id
     * @deprecated
     * @description Frees a distinct id of a deleted person so it can be used again. Differs from the docs: the body is `{distinct_id}`, not a person (400 "distinct_id is required" without it), and the answer is 202 with no body [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_persons_reset_person_distinct_id_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/reset_person_distinct_id/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments persons reset person distinct id
     * @description Frees a distinct id of a deleted person so it can be used again. Differs from the docs: the body is `{distinct_id}`, not a person (400 "distinct_id is required" without it), and the answer is 202 with no body [source: posthog/api/person.py, newest stored version].
     */
    post: operations["persons_reset_person_distinct_id_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/stickiness/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons stickiness
     * @deprecated
     * @description Legacy: the persons of one stickiness bucket of a legacy stickiness filter (`stickiness_days`, `entity_id`, `entity_type`, ...). Differs from the docs: the answer is `{results: [{people, count}], next}`, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_stickiness_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/stickiness/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons stickiness
     * @description Legacy: the persons of one stickiness bucket of a legacy stickiness filter (`stickiness_days`, `entity_id`, `entity_type`, ...). Differs from the docs: the answer is `{results: [{people, count}], next}`, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     */
    get: operations["persons_stickiness_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/trends/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons trends
     * @deprecated
     * @description Legacy: the persons behind one data point of a trend given as a legacy filter (`entity_id`, `entity_type`, `breakdown_value`, ...). Differs from the docs: the answer is `{results: [{people, count}], next, initial, missing_persons, is_cached, last_refresh}`, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_trends_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/trends/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons trends
     * @description Legacy: the persons behind one data point of a trend given as a legacy filter (`entity_id`, `entity_type`, `breakdown_value`, ...). Differs from the docs: the answer is `{results: [{people, count}], next, initial, missing_persons, is_cached, last_refresh}`, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: posthog/api/person.py, newest stored version].
     */
    get: operations["persons_trends_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/persons/values/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons values
     * @deprecated
     * @description Lists values of a person property, most frequent first. Differs from the docs: `key` (and the optional substring filter `value`) are read, and the answer is a list of `{name, count}`, not an empty body: a bare array on older servers, `{results, refreshing}` (with `Cache-Control: max-age=10`) on newer ones [source: posthog/api/person.py, newest stored version]. Without `key`, or for `$virt...` keys, the list is empty.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_persons_values_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/persons/values/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments persons values
     * @description Lists values of a person property, most frequent first. Differs from the docs: `key` (and the optional substring filter `value`) are read, and the answer is a list of `{name, count}`, not an empty body: a bare array on older servers, `{results, refreshing}` (with `Cache-Control: max-age=10`) on newer ones [source: posthog/api/person.py, newest stored version]. Without `key`, or for `$virt...` keys, the list is empty.
     */
    get: operations["persons_values_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights
     * @deprecated
     * @description Returns one insight with its result, computed as `refresh` asks. With `from_dashboard` the dashboard's filters apply and the tile's `color` and `layouts` are added. Differs from the docs: `id` may be the `short_id`; `refresh` honours only the values listed; `filters_override` and `variables_override` (JSON) are read [source: products/product_analytics/backend/api/insight.py, newest stored version]. Sharing-enabled (`?sharing_access_token`). `format=csv` is not offered here: the list is the CSV operation.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_retrieve"];
    /**
     * Update environments insights (PUT)
     * @deprecated
     * @description Replaces the insight's writable fields (the same serializer as PATCH; every field is optional). Differs from the docs: only the writable fields are read, and `deleted: true` soft-deletes it, which is how insights are deleted [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    put: operations["environments_insights_update"];
    post?: never;
    /**
     * Delete environments insights
     * @deprecated
     * @description Always refused: insights are soft-deleted with `PATCH {"deleted": true}`. The server answers 405 with no body (ForbidDestroyModel), even for an unknown id, after its permission checks [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    delete: operations["environments_insights_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments insights
     * @deprecated
     * @description Changes some of the insight's writable fields: rename it, change its query, move it between dashboards (`dashboards`), or soft-delete (`deleted: true`) and restore (`deleted: false`) it [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    patch: operations["environments_insights_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights
     * @description Returns one insight with its result, computed as `refresh` asks. With `from_dashboard` the dashboard's filters apply and the tile's `color` and `layouts` are added. Differs from the docs: `id` may be the `short_id`; `refresh` honours only the values listed; `filters_override` and `variables_override` (JSON) are read [source: products/product_analytics/backend/api/insight.py, newest stored version]. Sharing-enabled (`?sharing_access_token`). `format=csv` is not offered here: the list is the CSV operation.
     */
    get: operations["insights_retrieve"];
    /**
     * Update environments insights (PUT)
     * @description Replaces the insight's writable fields (the same serializer as PATCH; every field is optional). Differs from the docs: only the writable fields are read, and `deleted: true` soft-deletes it, which is how insights are deleted [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    put: operations["insights_update"];
    post?: never;
    /**
     * Delete environments insights
     * @description Always refused: insights are soft-deleted with `PATCH {"deleted": true}`. The server answers 405 with no body (ForbidDestroyModel), even for an unknown id, after its permission checks [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    delete: operations["insights_destroy"];
    options?: never;
    head?: never;
    /**
     * Update environments insights
     * @description Changes some of the insight's writable fields: rename it, change its query, move it between dashboards (`dashboards`), or soft-delete (`deleted: true`) and restore (`deleted: false`) it [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    patch: operations["insights_partial_update"];
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{id}/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights activity retrieve
     * @deprecated
     * @description The insight's change history. Differs from the docs: the answer is a page of activity, not an empty body, paginated by `page` and `limit` [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_activity_retrieve_2"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{id}/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights activity retrieve
     * @description The insight's change history. Differs from the docs: the answer is a page of activity, not an empty body, paginated by `page` and `limit` [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    get: operations["insights_activity_retrieve_2"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{id}/analyze/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights analyze
     * @deprecated
     * @description An AI-written analysis of the insight's cached result (empty for insights that are not product-analytics queries). Differs from the docs: the answer is `{"result": "<text>"}`, not an empty body. Newer servers count it against the AI summarization throttles (50/minute, 200/hour, 500/day) instead of the ClickHouse pair, and refuse it (403) unless the organization approved AI data processing. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_analyze_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{id}/analyze/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights analyze
     * @description An AI-written analysis of the insight's cached result (empty for insights that are not product-analytics queries). Differs from the docs: the answer is `{"result": "<text>"}`, not an empty body. Newer servers count it against the AI summarization throttles (50/minute, 200/hour, 500/day) instead of the ClickHouse pair, and refuse it (403) unless the organization approved AI data processing. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    get: operations["insights_analyze_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{id}/suggestions/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights suggestions
     * @deprecated
     * @description AI-suggested follow-up queries for the insight (an empty array for insights that are not product-analytics queries). Differs from the docs: the answer is an array, not an empty body. Newer servers count it against the AI summarization throttles (50/minute, 200/hour, 500/day) instead of the ClickHouse pair, and refuse it (403) unless the organization approved AI data processing. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_suggestions_retrieve"];
    put?: never;
    /**
     * Create environments insights suggestions
     * @deprecated
     * @description The same as the GET, steered by an optional `context` in the body. It creates nothing. Differs from the docs: the body is `{context?}`, not an insight. Newer servers count it against the AI summarization throttles (50/minute, 200/hour, 500/day) instead of the ClickHouse pair, and refuse it (403) unless the organization approved AI data processing. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insights_suggestions_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{id}/suggestions/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights suggestions
     * @description AI-suggested follow-up queries for the insight (an empty array for insights that are not product-analytics queries). Differs from the docs: the answer is an array, not an empty body. Newer servers count it against the AI summarization throttles (50/minute, 200/hour, 500/day) instead of the ClickHouse pair, and refuse it (403) unless the organization approved AI data processing. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    get: operations["insights_suggestions_retrieve"];
    put?: never;
    /**
     * Create environments insights suggestions
     * @description The same as the GET, steered by an optional `context` in the body. It creates nothing. Differs from the docs: the body is `{context?}`, not an insight. Newer servers count it against the AI summarization throttles (50/minute, 200/hour, 500/day) instead of the ClickHouse pair, and refuse it (403) unless the organization approved AI data processing. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    post: operations["insights_suggestions_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{insight_id}/thresholds/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    /**
     * List all environments insights thresholds
     * @deprecated
     * @description The alert thresholds of the project, each with its alerts, 100 a page (limit/offset). Read-only. It is a separate viewset (`ThresholdViewSet`, scope object `alert`) with the default throttles [source: products/alerts/backend/api/alert.py, newest stored version]. Not verified: whether the list is narrowed to `insight_id`, and the threshold serializer's fields (described here loosely).
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_thresholds_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{insight_id}/thresholds/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    /**
     * List all environments insights thresholds
     * @description The alert thresholds of the project, each with its alerts, 100 a page (limit/offset). Read-only. It is a separate viewset (`ThresholdViewSet`, scope object `alert`) with the default throttles [source: products/alerts/backend/api/alert.py, newest stored version]. Not verified: whether the list is narrowed to `insight_id`, and the threshold serializer's fields (described here loosely).
     */
    get: operations["insights_thresholds_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/{insight_id}/thresholds/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
        /** @description The threshold's UUID. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights thresholds
     * @deprecated
     * @description One alert threshold with its alerts [source: products/alerts/backend/api/alert.py, newest stored version]. Not verified: the threshold serializer's fields (described loosely).
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_thresholds_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/{insight_id}/thresholds/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
        /** @description The threshold's UUID. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights thresholds
     * @description One alert threshold with its alerts [source: products/alerts/backend/api/alert.py, newest stored version]. Not verified: the threshold serializer's fields (described loosely).
     */
    get: operations["insights_thresholds_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights activity
     * @deprecated
     * @description The project-wide history of insight changes. Differs from the docs: the answer is a page of activity, not an empty body [source: products/product_analytics/backend/api/insight.py, newest stored version]. Newer servers name it `insights_all_activity_retrieve`.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_activity_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/activity/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights activity
     * @description The project-wide history of insight changes. Differs from the docs: the answer is a page of activity, not an empty body [source: products/product_analytics/backend/api/insight.py, newest stored version]. Newer servers name it `insights_all_activity_retrieve`.
     */
    get: operations["insights_activity_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/cancel/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights cancel
     * @deprecated
     * @description Cancels a running query by the `client_query_id` it was started with. Differs from the docs: the body is `{client_query_id}` (400 without it), not an insight, and the answer is 201 with no body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insights_cancel_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/cancel/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights cancel
     * @description Cancels a running query by the `client_query_id` it was started with. Differs from the docs: the body is `{client_query_id}` (400 without it), not an insight, and the answer is 201 with no body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    post: operations["insights_cancel_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/generate_name/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights generate name
     * @deprecated
     * @description Asks PostHog's AI for a name for an insight query given as `{query}`. Not verified against the server code: the `generate_name` action of PostHog's schema @ 1404d6c7 was not found in the stored insight viewsets; the newest code has `generate_metadata` instead (POST `{query}` answering `{name, description}`, needing `insight:write` and AI data processing approval), and this operation is described after it. Servers without the action answer 404.
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insights_generate_name_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/generate_name/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights generate name
     * @description Asks PostHog's AI for a name for an insight query given as `{query}`. Not verified against the server code: the `generate_name` action of PostHog's schema @ 1404d6c7 was not found in the stored insight viewsets; the newest code has `generate_metadata` instead (POST `{query}` answering `{name, description}`, needing `insight:write` and AI data processing approval), and this operation is described after it. Servers without the action answer 404.
     */
    post: operations["insights_generate_name_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/my_last_viewed/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights my last viewed
     * @deprecated
     * @description The 5 insights the caller viewed last, most recent first, with their basic fields. Differs from the docs: the answer is a bare array, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_my_last_viewed_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/my_last_viewed/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights my last viewed
     * @description The 5 insights the caller viewed last, most recent first, with their basic fields. Differs from the docs: the answer is a bare array, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    get: operations["insights_my_last_viewed_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/trending/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights trending
     * @deprecated
     * @description The insights viewed most over the last `days` (default 7), most viewed first, each with `view_count` and up to 3 recent `viewers`. One page only: `next` is always null and `limit` (default 10) is capped at 100. Differs from the docs: the answer is that page, not an empty body, and newer servers require `insight:read` (older ones set no scope, so a personal API key got 403) [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_insights_trending_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/trending/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments insights trending
     * @description The insights viewed most over the last `days` (default 7), most viewed first, each with `view_count` and up to 3 recent `viewers`. One page only: `next` is always null and `limit` (default 10) is capped at 100. Differs from the docs: the answer is that page, not an empty body, and newer servers require `insight:read` (older ones set no scope, so a personal API key got 403) [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    get: operations["insights_trending_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/insights/viewed/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights viewed
     * @deprecated
     * @description Records that the caller just viewed these insights (at most 2500 ids; ids of other projects or of deleted insights are dropped silently). Differs from the docs: the body is `{insight_ids}`, not an insight, and the answer is 201 with no body [source: products/product_analytics/backend/api/insight.py, newest stored version].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    post: operations["environments_insights_viewed_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/insights/viewed/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create environments insights viewed
     * @description Records that the caller just viewed these insights (at most 2500 ids; ids of other projects or of deleted insights are dropped silently). Differs from the docs: the body is `{insight_ids}`, not an insight, and the answer is 201 with no body [source: products/product_analytics/backend/api/insight.py, newest stored version].
     */
    post: operations["insights_viewed_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/environments/{project_id}/groups/related/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups related
     * @deprecated
     * @description The actors related to one person or group: the groups a person shares events with, or the persons and groups of a group. `id` is the person's UUID or the group's key (400 without it); give `group_type_index` for a group. Differs from the docs: the answer is an array of actors, not an empty body [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     *
     *     Deprecated. Use /api/projects/{project_id}/ instead.
     */
    get: operations["environments_groups_related_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups/related/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Retrieve environments groups related
     * @description The actors related to one person or group: the groups a person shares events with, or the persons and groups of a group. `id` is the person's UUID or the group's key (400 without it); give `group_type_index` for a group. Differs from the docs: the answer is an array of actors, not an empty body [source: ee/clickhouse/views/groups.py, newest stored version (personhog)].
     */
    get: operations["groups_related_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups_types/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * List all groups types
     * @description Lists the project's group types (at most 5), as a bare array: there is no pagination [source: ee/clickhouse/views/groups.py, newest stored version, GroupsTypesViewSet]. Sharing-enabled (`?sharing_access_token`).
     */
    get: operations["groups_types_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups_types/{group_type_index}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete groups types
     * @description Deletes the group type (its groups' data stays). An unknown index gives 404 "Group type not found" [source: ee/clickhouse/views/groups.py, newest stored version, GroupsTypesViewSet].
     */
    delete: operations["groups_types_destroy"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups_types/{group_type_index}/metrics/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
      };
      cookie?: never;
    };
    /**
     * List all groups types metrics
     * @description Lists the usage metrics shown on the profiles of this group type, 100 a page (limit/offset). Differs from PostHog's schema @ 1404d6c7, which names `group:read`/`group:write`: the newest viewset's scope object is `usage_metric` [source: ee/clickhouse/views/groups.py, newest stored version, GroupUsageMetricViewSet], so newer servers ask for `usage_metric:...` (older ones for `group:...`).
     */
    get: operations["groups_types_metrics_list"];
    put?: never;
    /**
     * Create groups types metrics
     * @description Creates a usage metric (201). `math: sum` needs `math_property`; `math: count` refuses it (400). Differs from PostHog's schema @ 1404d6c7, which names `group:read`/`group:write`: the newest viewset's scope object is `usage_metric` [source: ee/clickhouse/views/groups.py, newest stored version, GroupUsageMetricViewSet], so newer servers ask for `usage_metric:...` (older ones for `group:...`).
     */
    post: operations["groups_types_metrics_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups_types/{group_type_index}/metrics/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
        /** @description The usage metric's UUID. */
        id: string;
      };
      cookie?: never;
    };
    /**
     * Retrieve groups types metrics
     * @description Returns one usage metric. Differs from PostHog's schema @ 1404d6c7, which names `group:read`/`group:write`: the newest viewset's scope object is `usage_metric` [source: ee/clickhouse/views/groups.py, newest stored version, GroupUsageMetricViewSet], so newer servers ask for `usage_metric:...` (older ones for `group:...`).
     */
    get: operations["groups_types_metrics_retrieve"];
    /**
     * Update groups types metrics (PUT)
     * @description Replaces a usage metric (`name` and `filters` are required). Differs from PostHog's schema @ 1404d6c7, which names `group:read`/`group:write`: the newest viewset's scope object is `usage_metric` [source: ee/clickhouse/views/groups.py, newest stored version, GroupUsageMetricViewSet], so newer servers ask for `usage_metric:...` (older ones for `group:...`).
     */
    put: operations["groups_types_metrics_update"];
    post?: never;
    /**
     * Delete groups types metrics
     * @description Deletes a usage metric (a real delete). Differs from PostHog's schema @ 1404d6c7, which names `group:read`/`group:write`: the newest viewset's scope object is `usage_metric` [source: ee/clickhouse/views/groups.py, newest stored version, GroupUsageMetricViewSet], so newer servers ask for `usage_metric:...` (older ones for `group:...`).
     */
    delete: operations["groups_types_metrics_destroy"];
    options?: never;
    head?: never;
    /**
     * Update groups types metrics
     * @description Changes some fields of a usage metric. Differs from PostHog's schema @ 1404d6c7, which names `group:read`/`group:write`: the newest viewset's scope object is `usage_metric` [source: ee/clickhouse/views/groups.py, newest stored version, GroupUsageMetricViewSet], so newer servers ask for `usage_metric:...` (older ones for `group:...`).
     */
    patch: operations["groups_types_metrics_partial_update"];
    trace?: never;
  };
  "/api/projects/{project_id}/groups_types/create_detail_dashboard/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Update groups types create detail dashboard
     * @description Creates the dashboard shown on the detail page of each group of the type named by `group_type_index` in the body. Differs from PostHog's schema: the body is `{group_type_index}`, not a group type, and the answer is the updated group type (with `detail_dashboard`), not an empty body; a type that already has one gives 400 `{"detail": "Dashboard already exists for this group type."}`. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: ee/clickhouse/views/groups.py, newest stored version, GroupsTypesViewSet].
     */
    put: operations["groups_types_create_detail_dashboard_update"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups_types/set_default_columns/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Update groups types set default columns
     * @description Sets the columns the groups list of a type shows by default. Differs from PostHog's schema: the body is `{group_type_index, default_columns}`, and the answer is the updated group type, not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: ee/clickhouse/views/groups.py, newest stored version, GroupsTypesViewSet].
     */
    put: operations["groups_types_set_default_columns_update"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/projects/{project_id}/groups_types/update_metadata/": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update groups types update metadata
     * @description Renames group types: the body is an array of `{group_type_index, name_singular?, name_plural?}`. Differs from PostHog's schema: the body is that array, not one group type, and the answer is every group type (as the list answers), not an empty body. Personal API keys cannot call this (the action sets no `required_scopes`, so they get 403 "This action does not support Personal API Key access"): it needs a logged-in session [source: ee/clickhouse/views/groups.py, newest stored version, GroupsTypesViewSet].
     */
    patch: operations["groups_types_update_metadata_partial_update"];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A PostHog user, as embedded in `created_by`, `last_modified_by`, `user` and similar fields. */
    UserBasic: {
      readonly id: number;
      /** Format: uuid */
      readonly uuid: string;
      distinct_id?: string | null;
      first_name?: string;
      last_name?: string;
      /** Format: email */
      email: string;
      is_email_verified?: boolean | null;
      readonly hedgehog_config: {
        [key: string]: unknown;
      } | null;
      role_at_organization?: components["schemas"]["RoleAtOrganization"];
    };
    /**
     * @description The user's role. `product` is "Product Management" and `sales` is "Sales / Success". The server also sends an empty string or null when the user has not said.
     * @enum {string|null}
     */
    RoleAtOrganization:
      | "engineering"
      | "data"
      | "product"
      | "founder"
      | "leadership"
      | "marketing"
      | "sales"
      | "other"
      | ""
      | null;
    /** @description An error answer. Most endpoints send the standard `{type, code, detail, attr}` shape (`attr` is the field path, nested levels joined by `__`). Some send `{"error": "..."}` (sharing passwords, create_unlisted_dashboard), `{"success": false, "detail": "..."}` (persons delete_property), or the standard fields with `code` and `detail` swapped (older persons and groups property updates). A proxy in front of PostHog may answer with an HTML page instead. */
    ErrorBody: {
      /** @description `validation_error`, `authentication_error`, `invalid_request`, `throttled_error`, `server_error`, or an endpoint-specific value such as `capture_http_error`. */
      type?: string;
      code?: string;
      detail?: string;
      attr?: string | null;
      extra?: {
        [key: string]: unknown;
      };
      error_event_id?: string;
      error?: string;
      success?: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @description One entry of an activity log. */
    ActivityLog: {
      /** Format: uuid */
      id: string;
      user?: components["schemas"]["UserBasic"] | null;
      unread?: boolean;
      /** Format: uuid */
      organization_id?: string | null;
      was_impersonated?: boolean | null;
      is_system?: boolean | null;
      /** @description What happened, for example `updated`, `created`, `deleted` or `merged`. */
      activity: string;
      item_id?: string | null;
      /** @description The kind of object, for example `Person` or `Group`. */
      scope: string;
      detail?: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      created_at: string;
    };
    /** @description A page of activity log entries. Paginated by `page` (default 1) and `limit` (default 10); `next` and `previous` are absolute URLs or null. */
    ActivityPage: {
      results: components["schemas"]["ActivityLog"][];
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      total_count: number;
    };
    /** @description An active password of a password-protected share. The password itself is never returned here. Differs from the docs: `id` is an integer, and `created_by_email` is "deleted user" rather than null when its creator is gone [source: posthog/models/share_password.py (a plain models.Model, so Django's integer auto id); posthog/api/sharing.py @ 011aac22 SharePasswordSerializer]. */
    SharePassword: {
      id: number;
      /** Format: date-time */
      created_at: string;
      note?: string | null;
      created_by_email?: string | null;
      is_active?: boolean;
    };
    /** @description How a dashboard or insight is shared publicly. The published schema types `share_passwords` as a string; the server really sends an array of the active passwords. */
    SharingConfiguration: {
      /** Format: date-time */
      readonly created_at: string | null;
      enabled: boolean;
      readonly access_token: string | null;
      /** @description Display settings, validated by the server; unknown keys are dropped. */
      settings?: {
        [key: string]: unknown;
      } | null;
      password_required?: boolean;
      readonly share_passwords: components["schemas"]["SharePassword"][];
    };
    /** @description Body of a new share password. Both fields are optional; a password is generated when omitted. */
    SharingPasswordCreate: {
      /** @description The password to set, at least 8 characters. Omit it to have one generated. */
      raw_password?: string;
      note?: string;
    };
    /** @description A newly created share password. `password` is the plain text, returned this once only. */
    SharingPasswordCreated: {
      id: number;
      password: string;
      note?: string | null;
      /** Format: date-time */
      created_at: string;
      created_by_email?: string | null;
    };
    /**
     * @description 21 means everyone in the project can edit; 37 means only those invited can edit.
     * @enum {integer}
     */
    RestrictionLevel: 21 | 37;
    /**
     * @description How the dashboard was made. `unlisted` exists only on newer servers.
     * @enum {string}
     */
    DashboardCreationMode: "default" | "template" | "duplicate" | "unlisted";
    /** @description A dashboard with its tiles. `filters` and `variables` are read-only in the published schema, but the server accepts them on update. `use_template`, `use_dashboard`, `delete_insights` and `_create_in_folder` are write-only and are not sent back. */
    Dashboard: {
      readonly id: number;
      name: string | null;
      description?: string;
      pinned?: boolean;
      /** Format: date-time */
      readonly created_at: string;
      readonly created_by: components["schemas"]["UserBasic"] | null;
      /** Format: date-time */
      last_accessed_at?: string | null;
      /** Format: date-time */
      readonly last_viewed_at?: string | null;
      readonly is_shared: boolean;
      deleted?: boolean;
      creation_mode: components["schemas"]["DashboardCreationMode"];
      filters?: {
        [key: string]: unknown;
      };
      variables?: {
        [key: string]: unknown;
      } | null;
      /** @description Colours assigned to breakdown values. */
      breakdown_colors?: unknown;
      data_color_theme_id?: number | null;
      tags?: string[];
      restriction_level?: components["schemas"]["RestrictionLevel"];
      effective_restriction_level?: components["schemas"]["RestrictionLevel"];
      effective_privilege_level?: components["schemas"]["RestrictionLevel"];
      readonly user_access_level?: string | null;
      /** @enum {string} */
      readonly access_control_version?: "v1" | "v2";
      /** Format: date-time */
      last_refresh?: string | null;
      readonly persisted_filters?: {
        [key: string]: unknown;
      } | null;
      readonly persisted_variables?: {
        [key: string]: unknown;
      } | null;
      readonly team_id: number;
      readonly tiles?: components["schemas"]["DashboardTile"][] | null;
      quick_filter_ids?: string[] | null;
    };
    /** @description The fields a PATCH (or PUT, which requires none of them) may change. `deleted: true` soft-deletes the dashboard (hard DELETE is refused); `deleted: false` restores it. `delete_insights` goes with `deleted: true`. `filters`, `variables` and `tiles` are read from the body although the published schema marks them read-only. */
    DashboardPatch: {
      name?: string | null;
      description?: string;
      pinned?: boolean;
      /** Format: date-time */
      last_accessed_at?: string | null;
      deleted?: boolean;
      /** @description Colours assigned to breakdown values. */
      breakdown_colors?: unknown;
      data_color_theme_id?: number | null;
      tags?: string[];
      restriction_level?: components["schemas"]["RestrictionLevel"];
      /** Format: date-time */
      last_refresh?: string | null;
      use_template?: string;
      use_dashboard?: number | null;
      delete_insights?: boolean;
      _create_in_folder?: string;
      filters?: {
        [key: string]: unknown;
      };
      variables?: {
        [key: string]: unknown;
      };
      /** @description Tile updates, each naming the tile by `id`: `layouts`, `color`, `filters_overrides`, `deleted` (newer servers also `show_description`, `transparent_background`), or a `text` (or `button_tile`) object, which creates or edits a text (button) tile; an insight is never changed here. */
      tiles?: ({
        id?: number;
      } & {
        [key: string]: unknown;
      })[];
      /** @description Tiles to copy within the dashboard, each `{id, layouts}`; insight and text tiles get new copies of their insight or text [source: posthog/api/dashboards/dashboard.py @ 0070176f, update]. */
      duplicate_tiles?: {
        id: number;
        layouts?: {
          [key: string]: unknown;
        };
      }[];
      quick_filter_ids?: string[];
    };
    /** @description A tile of a dashboard: an insight, a text card or a button. `last_refresh` and `is_cached` come from the insight. A tile that failed to render carries `error`. */
    DashboardTile: {
      id: number;
      insight?: components["schemas"]["Insight"] | null;
      text?: components["schemas"]["DashboardText"] | null;
      button_tile?: {
        [key: string]: unknown;
      } | null;
      layouts?: {
        [key: string]: unknown;
      } | null;
      color?: string | null;
      filters_overrides?: {
        [key: string]: unknown;
      } | null;
      order?: number | null;
      /** Format: date-time */
      last_refresh?: string | null;
      is_cached?: boolean | null;
      /** @description Newer servers only. */
      show_description?: boolean | null;
      /** @description Newer servers only. */
      transparent_background?: boolean | null;
      error?: components["schemas"]["TileError"];
    };
    TileError: {
      type: string;
      message: string;
    };
    DashboardText: {
      id: number;
      body?: string | null;
      created_by?: components["schemas"]["UserBasic"] | null;
      /** Format: date-time */
      last_modified_at?: string;
      last_modified_by?: components["schemas"]["UserBasic"] | null;
      team?: number;
    };
    /** @description Moves the tile `tile.id` from this dashboard to the dashboard `toDashboard`. */
    MoveTileRequest: {
      tile: {
        id: number;
      };
      toDashboard: number;
    };
    /** @description A dashboard template as JSON, checked by the server against its template schema. */
    CreateFromTemplateJsonRequest: {
      /** @description The template, with `template_name`, `dashboard_description`, `tiles`, `variables` and so on. */
      template: {
        [key: string]: unknown;
      };
      creation_context?: string;
      _create_in_folder?: string;
    };
    /** @description Names the template by tag. The only tag servers know today is `llm-analytics`. */
    CreateUnlistedDashboardRequest: {
      /** @example llm-analytics */
      tag: string;
    };
    /** @description One message of the `stream_tiles` server-sent event stream. Each SSE message is `data: <JSON>` with no `event:` field; the kind is the JSON `type`. Order: one `metadata` (the dashboard with its first tiles), then a `tile` for each further tile (or an `error` naming `tile_id`), then `complete`. An `error` without `tile_id` means the whole stream failed. */
    DashboardStreamMessage:
      | components["schemas"]["DashboardStreamMetadata"]
      | components["schemas"]["DashboardStreamTile"]
      | components["schemas"]["DashboardStreamError"]
      | components["schemas"]["DashboardStreamComplete"];
    DashboardStreamMetadata: {
      /** @constant */
      type: "metadata";
      dashboard: components["schemas"]["Dashboard"];
    };
    DashboardStreamTile: {
      /** @constant */
      type: "tile";
      order: number;
      tile: components["schemas"]["DashboardTile"];
    };
    DashboardStreamError: {
      /** @constant */
      type: "error";
      /** @description The tile that failed; absent when the whole stream failed. */
      tile_id?: number;
      error: string;
    };
    DashboardStreamComplete: {
      /** @constant */
      type: "complete";
    };
    /** @description A palette for charts. Global themes (shared by every project) have `is_global: true` and no creator. The 2025 schema typed `is_global` as a string; it is a boolean. */
    DataColorTheme: {
      readonly id: number;
      name: string;
      /** @description The colours, as CSS colour strings. */
      colors: string[];
      readonly is_global: boolean;
      /** Format: date-time */
      readonly created_at?: string | null;
      readonly created_by?: components["schemas"]["UserBasic"] | null;
    };
    /** @description A theme's writable fields (also the body of a full update). `colors` defaults to an empty list [source: posthog/api/data_color_theme.py @ c51eef85; posthog/models/data_color_theme.py]. */
    DataColorThemeCreate: {
      name: string;
      /** @description The colours, as CSS colour strings. */
      colors?: string[];
    };
    DataColorThemePatch: {
      name?: string;
      colors?: string[];
    };
    /** @description A dashboard as the list shows it: no tiles, filters or variables, every field read-only [source: posthog/api/dashboards/dashboard.py @ 0070176f, DashboardBasicSerializer]. */
    DashboardBasic: {
      id: number;
      name: string | null;
      description?: string;
      pinned?: boolean;
      /** Format: date-time */
      created_at: string;
      created_by: components["schemas"]["UserBasic"] | null;
      /** Format: date-time */
      last_accessed_at?: string | null;
      /** Format: date-time */
      last_viewed_at?: string | null;
      is_shared: boolean;
      deleted?: boolean;
      creation_mode: components["schemas"]["DashboardCreationMode"];
      tags?: string[];
      restriction_level?: components["schemas"]["RestrictionLevel"];
      effective_restriction_level?: components["schemas"]["RestrictionLevel"];
      effective_privilege_level?: components["schemas"]["RestrictionLevel"];
      user_access_level?: string | null;
      /** @enum {string} */
      access_control_version?: "v1" | "v2";
      /** Format: date-time */
      last_refresh?: string | null;
      team_id: number;
    };
    /** @description A limit/offset page of dashboards, pinned first, then by name. */
    PaginatedDashboardBasicList: {
      count: number;
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components["schemas"]["DashboardBasic"][];
    };
    /** @description A new dashboard; every field is optional. `use_template` (a template key) or `use_dashboard` (a dashboard to copy, with `duplicate_tiles: true` to copy its insights too rather than share them) fill it, not both (400). `filters` and `variables` are read from the body although the published schema marks them read-only; `tiles` is ignored on create [source: posthog/api/dashboards/dashboard.py @ 0070176f, DashboardSerializer.create]. */
    DashboardCreate: {
      name?: string | null;
      description?: string;
      pinned?: boolean;
      deleted?: boolean;
      /** @description Colours assigned to breakdown values. */
      breakdown_colors?: unknown;
      data_color_theme_id?: number | null;
      tags?: string[];
      restriction_level?: components["schemas"]["RestrictionLevel"];
      use_template?: string;
      use_dashboard?: number | null;
      /** @description With `use_dashboard`, copy the insights and texts of its tiles instead of sharing them. */
      duplicate_tiles?: boolean;
      filters?: {
        [key: string]: unknown;
      };
      variables?: {
        [key: string]: unknown;
      };
      quick_filter_ids?: string[];
      _create_in_folder?: string;
    };
    /** @description The tiles' current results as the client sees them, keyed by tile id; without them the server reads its cached results. */
    DashboardSnapshotRequest: {
      client_results?: {
        [key: string]: {
          insight_name: string;
          /** @description The tile's result; must not be empty. */
          data: unknown;
        };
      } | null;
    };
    DashboardSnapshot: {
      /** @description Names the stored "before" state for `analyze_refresh_result`; kept 30 minutes. */
      cache_key: string;
    };
    DashboardAnalyzeRefreshRequest: {
      /** @description From `snapshot`. */
      cache_key: string;
    };
    DashboardAnalyzeRefreshResult: {
      /** @description The AI's summary of what changed. */
      result: string;
    };
    /** @description A user given edit access to a dashboard whose restriction level is 37 [source: ee/api/dashboard_collaborator.py @ 39295308, DashboardCollaboratorSerializer; ee/models/dashboard_privilege.py]. */
    DashboardCollaborator: {
      /** Format: uuid */
      readonly id: string;
      readonly dashboard_id: number;
      user: components["schemas"]["UserBasic"];
      level: components["schemas"]["RestrictionLevel"];
      /** Format: date-time */
      readonly added_at: string;
      /** Format: date-time */
      readonly updated_at: string;
    };
    /** @description The user to add. Differs from the docs: `user_uuid` is write-only and required; `level` may only be 37 (can edit; anything else 400 "Only edit access can be explicitly specified currently."). */
    DashboardCollaboratorCreate: {
      /** Format: uuid */
      user_uuid: string;
      /** @enum {integer} */
      level: 37;
    };
    /** @description A saved insight. The published schema types `result`, `hasMore`, `columns`, `is_cached`, `query_status`, `hogql`, `types` and `alerts` as strings; they really are arrays, objects, booleans or null, and are described here as sent. With `basic=true` the list sends only the basic fields, so everything but `id` and `short_id` is optional. */
    Insight: {
      readonly id: number;
      readonly short_id: string;
      name?: string | null;
      derived_name?: string | null;
      /** @description The query node (for example an `InsightVizNode` wrapping a `TrendsQuery`). */
      query?: {
        [key: string]: unknown;
      } | null;
      order?: number | null;
      deleted?: boolean;
      /** @description Ids of the dashboards this insight is on. Deprecated in favour of `dashboard_tiles`. */
      dashboards?: number[];
      readonly dashboard_tiles?: components["schemas"]["InsightDashboardTile"][];
      /** Format: date-time */
      readonly last_refresh?: string | null;
      /** Format: date-time */
      readonly cache_target_age?: string | null;
      /** Format: date-time */
      readonly next_allowed_client_refresh?: string | null;
      /** @description The computed result; its shape depends on the query kind. */
      readonly result?: unknown;
      readonly hasMore?: boolean | null;
      readonly columns?: string[] | null;
      /** Format: date-time */
      readonly created_at?: string | null;
      readonly created_by?: components["schemas"]["UserBasic"] | null;
      description?: string | null;
      /** Format: date-time */
      readonly updated_at?: string;
      tags?: string[];
      favorited?: boolean;
      /** Format: date-time */
      readonly last_modified_at?: string;
      readonly last_modified_by?: components["schemas"]["UserBasic"] | null;
      readonly is_sample?: boolean;
      effective_restriction_level?: components["schemas"]["RestrictionLevel"];
      effective_privilege_level?: components["schemas"]["RestrictionLevel"];
      readonly user_access_level?: string | null;
      readonly timezone?: string | null;
      readonly is_cached?: boolean | null;
      readonly query_status?: {
        [key: string]: unknown;
      } | null;
      readonly hogql?: string | null;
      readonly types?: unknown[] | null;
      readonly resolved_date_range?: {
        [key: string]: unknown;
      } | null;
      readonly alerts?:
        | {
            [key: string]: unknown;
          }[]
        | null;
      /** Format: date-time */
      readonly last_viewed_at?: string | null;
      /** @description The legacy filter (`{}` for query-based insights). Writable for legacy clients; newer servers may refuse writing it (403) where legacy filters are switched off. */
      filters?: {
        [key: string]: unknown;
      };
      /** @description A vestige of the old insight history; updates set it to true. */
      saved?: boolean;
      readonly refreshing?: boolean | null;
      /** @description The cache key of the result. Sent by the full serializer, not with `basic=true`. */
      readonly filters_hash?: string | null;
      /** @description With `search`, whether the insight matched `exact`ly or was `similar` (newer servers). */
      readonly search_match_type?: string | null;
      /** @description The dashboard tile's colour; only with `from_dashboard`. */
      readonly color?: string | null;
      /** @description The dashboard tile's layouts; only with `from_dashboard`. */
      readonly layouts?: {
        [key: string]: unknown;
      } | null;
    };
    InsightDashboardTile: {
      id: number;
      dashboard_id: number;
      deleted?: boolean | null;
    };
    /** @description The writable fields of an insight, for POST, PUT and PATCH (every one optional; `deleted: true` soft-deletes, `deleted: false` restores). */
    InsightCreate: {
      name?: string | null;
      derived_name?: string | null;
      /** @description The query node, for example `{"kind": "InsightVizNode", "source": {"kind": "TrendsQuery", ...}}`. */
      query?: {
        [key: string]: unknown;
      } | null;
      order?: number | null;
      deleted?: boolean;
      dashboards?: number[];
      description?: string | null;
      tags?: string[];
      favorited?: boolean;
      /** @description The folder of the project tree to file the new insight in. */
      _create_in_folder?: string;
      /** @description A legacy filter, for insights without `query`. Differs from the docs, which omit it from the body: the serializer writes it [source: products/product_analytics/backend/api/insight.py, newest stored version, InsightSerializer]; newer servers refuse it (403) where legacy filters are switched off for the user. */
      filters?: {
        [key: string]: unknown;
      };
      /** @description Writable but vestigial; updates set it to true unless given. */
      saved?: boolean;
    };
    /** @description A limit/offset page of insights. */
    PaginatedInsightList: {
      count: number;
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components["schemas"]["Insight"][];
    };
    /** @description A legacy insight filter, sent as the JSON body of `POST insights/trend/`. `events` and `actions` are the series; the other keys narrow and shape the result. */
    TrendFilter: {
      /** @enum {string} */
      insight?: "TRENDS";
      events?: {
        [key: string]: unknown;
      }[];
      actions?: {
        [key: string]: unknown;
      }[];
      /** @description An ISO date or a relative date such as `-7d`. */
      date_from?: string | null;
      date_to?: string | null;
      interval?: components["schemas"]["TrendInterval"];
      /** @description A property name, or a list of them. */
      breakdown?: string | number | unknown[] | null;
      breakdown_type?: string | null;
      breakdown_limit?: number;
      /** @description For example `ActionsLineGraph`, `ActionsTable` or `BoldNumber`. */
      display?: string;
      /** @description Property filters, as a list or a property group. */
      properties?:
        | unknown[]
        | {
            [key: string]: unknown;
          };
      compare?: boolean;
      refresh?: boolean;
    } & {
      [key: string]: unknown;
    };
    /** @enum {string} */
    TrendInterval: "minute" | "hour" | "day" | "week" | "month";
    /** @description One series of a trend result. */
    TrendSeries: {
      action?: {
        [key: string]: unknown;
      } | null;
      label: string;
      count?: number;
      aggregated_value?: number;
      data?: number[];
      labels?: string[];
      days?: string[];
      breakdown_value?: string | number | unknown[] | null;
      filter?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description The computed trend. `next` is a URL to more results, or null. */
    TrendResult: {
      result: components["schemas"]["TrendSeries"][];
      timezone?: string;
      is_cached?: boolean;
      /** Format: date-time */
      last_refresh?: string | null;
      timings?: {
        k: string;
        t: number;
      }[];
      /** Format: uri */
      next?: string | null;
    };
    /** @description An event. The published schema types `properties`, `person` and `elements` as strings; they are an object, an object or null, and an array. On newer servers `person` is null unless `include_person=true` is passed. */
    ClickhouseEvent: {
      /** Format: uuid */
      id: string;
      distinct_id: string;
      properties: {
        [key: string]: unknown;
      };
      event: string;
      /** Format: date-time */
      timestamp: string;
      person: components["schemas"]["EventPerson"] | null;
      elements: components["schemas"]["EventElement"][];
      elements_chain: string;
    };
    /** @description The person behind an event, reduced to a few properties. `distinct_ids` holds the first id only. */
    EventPerson: {
      is_identified?: boolean;
      distinct_ids: string[];
      properties: {
        email?: string;
        name?: string;
        username?: string;
      } & {
        [key: string]: unknown;
      };
    };
    /** @description An element of the page an autocapture event happened on. */
    EventElement: {
      event?: string | null;
      text?: string | null;
      tag_name?: string | null;
      attr_class?: string[] | null;
      href?: string | null;
      attr_id?: string | null;
      nth_child?: number | null;
      nth_of_type?: number | null;
      attributes?: {
        [key: string]: unknown;
      };
      order?: number | null;
    };
    /** @description A page of events. There is no `count` and no `previous`. `next` repeats the request's query with `before` (or `after` when ordered ascending) set to the last row's timestamp, and keeps `offset`: drop `offset` when following it, or rows are skipped twice. */
    EventsPage: {
      /** Format: uri */
      next: string | null;
      results: components["schemas"]["ClickhouseEvent"][];
    };
    /** @description A value seen for a property, with how often it was seen (newer servers only). */
    EventValue: {
      /** @description The value; a string, number or boolean. */
      name: unknown;
      count?: number;
    };
    /** @description Values seen for a property over the last 7 days. Older servers answer a bare array of at most 10 values; newer ones `{results, refreshing}`. Both are accepted. */
    EventValues: components["schemas"]["EventValue"][] | components["schemas"]["EventValuesPage"];
    EventValuesPage: {
      results: components["schemas"]["EventValue"][];
      refreshing?: boolean;
    };
    /** @description A person, as `GET persons/{id}/` sends it: `id` is the integer primary key (the list sends the UUID as `id` instead). */
    Person: {
      readonly id: number;
      readonly name: string;
      readonly distinct_ids: string[];
      properties: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      readonly created_at: string | null;
      /** Format: uuid */
      readonly uuid: string;
      /** Format: date-time */
      readonly last_seen_at?: string | null;
    };
    /** @description A person as the list sends it. Unlike `Person`, `id` is the person's UUID (a string), and `type`, `is_identified`, `matched_recordings` and `value_at_data_point` are added. At most 1000 distinct ids are listed. */
    SerializedPerson: {
      /** @constant */
      type: "person";
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      uuid: string;
      /** Format: date-time */
      created_at: string | null;
      /** Format: date-time */
      last_seen_at?: string | null;
      properties: {
        [key: string]: unknown;
      };
      is_identified: boolean | null;
      name: string;
      distinct_ids: string[];
      matched_recordings?: {
        [key: string]: unknown;
      }[];
      value_at_data_point?: null | number | string;
    };
    /** @description A page of persons. `next` and `previous` are limit/offset URLs; `next` is set when the page is full. `count` is sent only when `include_total` is passed. */
    PersonsPage: {
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      count?: number;
      results: components["schemas"]["SerializedPerson"][];
    };
    /** @description Properties to set on the person, sent by the server as a `$set` event. */
    PersonPropertiesUpdate: {
      properties: {
        [key: string]: unknown;
      };
    };
    /** @description Names the property to remove. The key is `$unset`. */
    PropertyUnset: {
      $unset: string;
    };
    /** @description The property removal was queued (it is applied asynchronously). */
    PropertyDeleteQueued: {
      /** @constant */
      success: true;
    };
    /** @description How the person's properties changed over the period. */
    PropertiesTimeline: {
      points: {
        timestamp: string;
        properties: {
          [key: string]: unknown;
        };
        relevant_event_count: number;
      }[];
      crucial_property_keys: string[];
      effective_date_from: string;
      effective_date_to: string;
    };
    Group: {
      group_type_index: number;
      group_key: string;
      group_properties?: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      readonly created_at: string;
    };
    GroupCreate: {
      group_type_index: number;
      group_key: string;
      /** @default {} */
      group_properties?: {
        [key: string]: unknown;
      } | null;
    };
    /** @description A group, with the id of its CRM notebook (created on the fly unless `skip_create_notebook`). */
    GroupFound: components["schemas"]["Group"] & {
      notebook?: string | null;
    };
    /** @description Sets one property of the group. */
    GroupPropertyUpdate: {
      key: string;
      /** @description The new value; any JSON value. */
      value: unknown;
    };
    /** @description Body of `upsert_properties`, as the docs show it (not verified against server code). */
    GroupPropertiesUpsert: {
      group_type_index: number;
      group_key: string;
      group_properties?: {
        [key: string]: unknown;
      } | null;
    };
    PropertyCount: {
      /** @description The property name, or a value of it. */
      name: unknown;
      count?: number;
    };
    /** @description The properties of each group type, keyed by the group type index as a string (`"0"`, `"1"`...). */
    GroupPropertyDefinitions: {
      [key: string]: components["schemas"]["PropertyCount"][];
    };
    /** @description Values of a group property, most frequent first. Older servers answer a bare array of at most 20; newer ones `{results, refreshing}`. Both are accepted. */
    GroupPropertyValues:
      | components["schemas"]["PropertyCount"][]
      | {
          results: components["schemas"]["PropertyCount"][];
          refreshing?: boolean;
        };
    /** @description A user given explicit access to a project. `level` is the project level (1 member, 8 administrator); `effective_level` is the higher of it and the organization level (15 is owner). */
    ExplicitTeamMember: {
      /** Format: uuid */
      readonly id: string;
      level: components["schemas"]["MemberLevel"];
      readonly parent_level: number;
      /** Format: uuid */
      readonly parent_membership_id: string;
      /** Format: date-time */
      readonly joined_at: string;
      /** Format: date-time */
      readonly updated_at: string;
      user: components["schemas"]["UserBasic"];
      /** @enum {integer} */
      readonly effective_level: 1 | 8 | 15;
    };
    /**
     * @description 1 is member, 8 is administrator.
     * @enum {integer}
     */
    MemberLevel: 1 | 8;
    ExplicitTeamMemberCreate: {
      /**
       * Format: uuid
       * @description The user to add. Never sent back.
       */
      user_uuid: string;
      level?: components["schemas"]["MemberLevel"];
    };
    ExplicitTeamMemberPatch: {
      level?: components["schemas"]["MemberLevel"];
    };
    /** @enum {string} */
    InsightVariableType: "String" | "Number" | "Boolean" | "List" | "Date";
    /** @description A variable usable in SQL insights as `{variables.<code_name>}`. `created_by` is the id of the user, not a user object. Differs from the docs: newer servers also send `is_multi`, `values_query` and `values_query_connection_id`, and normalize a `List` variable's `values` to strings (and its `default_value` to a string, or a string array when `is_multi`) [source: products/product_analytics/backend/api/insight_variable.py @ 2a0ebe09]. */
    InsightVariable: {
      /** Format: uuid */
      readonly id: string;
      name: string;
      type: components["schemas"]["InsightVariableType"];
      /** @description The value used when none is given; its type follows `type`. */
      default_value?: unknown;
      readonly created_by: number | null;
      /** Format: date-time */
      readonly created_at: string;
      /** @description Derived from `name` on create (letters, digits and `_` kept, spaces to `_`, lower case; older servers drop `_` too); not recomputed on update. */
      readonly code_name: string | null;
      /** @description The allowed values, for `List` variables (strings on newer servers); null otherwise. */
      values?: unknown;
      /** @description Newer servers only. Whether a `List` variable takes several values. */
      is_multi?: boolean;
      /** @description Newer servers only. A HogQL query whose first column gives a `List` variable's values (a second column, their labels). */
      values_query?: string | null;
      /** @description Newer servers only. The external data source `values_query` runs against; null for PostHog. */
      values_query_connection_id?: string | null;
    };
    /** @description A new variable (also the body of a full update). Differs from the docs: `is_multi`, `values_query` and `values_query_connection_id` are writable on newer servers; for any type but `List` the server resets them [source: products/product_analytics/backend/api/insight_variable.py @ 2a0ebe09]. */
    InsightVariableCreate: {
      name: string;
      type: components["schemas"]["InsightVariableType"];
      /** @description The value used when none is given. */
      default_value?: unknown;
      /** @description The allowed values, for `List` variables. */
      values?: unknown;
      is_multi?: boolean;
      values_query?: string | null;
      values_query_connection_id?: string | null;
    };
    InsightVariablePatch: {
      name?: string;
      type?: components["schemas"]["InsightVariableType"];
      /** @description The value used when none is given. */
      default_value?: unknown;
      /** @description The allowed values, for `List` variables. */
      values?: unknown;
      is_multi?: boolean;
      values_query?: string | null;
      values_query_connection_id?: string | null;
    };
    /** @description A page-number page of insight variables (500 a page; follow `next` or pass `page`). */
    PaginatedInsightVariableList: {
      count: number;
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components["schemas"]["InsightVariable"][];
    };
    /** @description A hog function (destination, transformation, site app and so on), in its list form. Differs from the docs: newer servers also send `search_match_type` and `draft_updated_at` [source: products/cdp/backend/api/hog_function.py @ 00190775, HogFunctionMinimalSerializer]. */
    HogFunctionMinimal: {
      /** Format: uuid */
      id: string;
      /** @description For example `destination`, `site_destination`, `internal_destination`, `source_webhook`, `site_app` or `transformation`. */
      type: string | null;
      name: string | null;
      description: string;
      /** Format: date-time */
      created_at: string;
      created_by: components["schemas"]["UserBasic"] | null;
      /** Format: date-time */
      updated_at: string;
      enabled: boolean;
      hog: string;
      filters: {
        [key: string]: unknown;
      } | null;
      icon_url: string | null;
      template: components["schemas"]["HogFunctionTemplate"] | null;
      status: {
        state: number;
        tokens: number;
      } | null;
      execution_order: number | null;
      /** @description Newer servers only. How a `search` matched (exact or similar); null without a search. */
      search_match_type?: string | null;
      /**
       * Format: date-time
       * @description Newer servers only. When config was last staged for review; null when nothing is staged.
       */
      draft_updated_at?: string | null;
    };
    HogFunctionTemplate: {
      id: string;
      name: string;
      description?: string | null;
      code?: string;
      code_language?: string;
      /** @description The inputs the template takes. */
      inputs_schema?: unknown;
      type?: string;
      status?: string;
      /** @description Categories of the template. */
      category?: unknown;
      free?: boolean;
      icon_url?: string | null;
      /** @description Default filters. */
      filters?: unknown;
      /** @description Default masking. */
      masking?: unknown;
      mapping_templates?:
        | {
            [key: string]: unknown;
          }[]
        | null;
    };
    /** @description A limit/offset page of hog functions, ordered by `execution_order`, then newest update first. */
    PaginatedHogFunctionMinimalList: {
      count: number;
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components["schemas"]["HogFunctionMinimal"][];
    };
    /** @description The function's health as the CDP worker sees it (a `HogFunctionState` number and its token bucket). */
    HogFunctionStatus: {
      state: number;
      tokens: number;
    };
    /**
     * @description The kinds of function. `warehouse_source_webhook` functions are hidden from this API on newer servers (never listed, and refused on create or update); `transformation_log` is newer.
     * @enum {string}
     */
    HogFunctionType:
      | "destination"
      | "site_destination"
      | "internal_destination"
      | "source_webhook"
      | "warehouse_source_webhook"
      | "site_app"
      | "transformation"
      | "transformation_log";
    /** @description PII masking of the events sent, by a hash expression with a time to live. */
    HogFunctionMasking: {
      ttl: number;
      threshold?: number | null;
      hash: string;
      /** @description Compiled by the server from `hash`; ignored when sent. */
      bytecode?: unknown;
    };
    /** @description A hog function in full. Secret inputs come back as `{"secret": true}`, never their value. Differs from the docs: `deleted`, `template_id`, `_create_in_folder` and `base_updated_at` are write-only and never sent back; newer servers add `batch_export_id`, `version`, `draft`, `draft_updated_at` and `search_match_type` [source: products/cdp/backend/api/hog_function.py @ 00190775, HogFunctionSerializer]. */
    HogFunction: {
      /** Format: uuid */
      readonly id: string;
      /** @description One of the `HogFunctionType` values (newer servers may add kinds). */
      type: string | null;
      name: string | null;
      description?: string;
      /** Format: date-time */
      readonly created_at: string;
      readonly created_by: components["schemas"]["UserBasic"] | null;
      /** Format: date-time */
      readonly updated_at: string;
      enabled: boolean;
      /** @description The source code (Hog; TypeScript for `site_destination` and `site_app`). */
      hog: string;
      /** @description Compiled from `hog` by the server; null for TypeScript functions. */
      readonly bytecode?: unknown;
      readonly transpiled?: string | null;
      inputs_schema: {
        [key: string]: unknown;
      }[];
      inputs: {
        [key: string]: unknown;
      } | null;
      filters: {
        [key: string]: unknown;
      } | null;
      masking?: components["schemas"]["HogFunctionMasking"] | null;
      mappings?:
        | {
            [key: string]: unknown;
          }[]
        | null;
      icon_url?: string | null;
      readonly template: components["schemas"]["HogFunctionTemplate"] | null;
      readonly status: components["schemas"]["HogFunctionStatus"] | null;
      execution_order?: number | null;
      /** @description Newer servers only. The batch export that backfills this destination, once enabled. */
      batch_export_id?: string | null;
      readonly search_match_type?: string | null;
      /** @description Newer servers only. Incremented every time the live config changes. */
      readonly version?: number;
      /** @description Newer servers only. Config staged for review, not live yet; null when nothing is staged. */
      readonly draft?: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      readonly draft_updated_at?: string | null;
    };
    /** @description A new function. Differs from the docs: nothing is strictly required. `type` defaults to `destination`; `hog` is needed unless `template_id` names a template, whose code, inputs schema, name, description and icon fill what is left out (400 `{"hog": "Required."}` otherwise). `hog` is at most 100 KB. Enabled transformations are capped per project (400 on `type`) [source: products/cdp/backend/api/hog_function.py @ 00190775, to_internal_value and validate]. */
    HogFunctionCreate: {
      type?: components["schemas"]["HogFunctionType"];
      name?: string | null;
      description?: string;
      enabled?: boolean;
      deleted?: boolean;
      hog?: string;
      inputs_schema?: {
        [key: string]: unknown;
      }[];
      inputs?: {
        [key: string]: unknown;
      };
      filters?: {
        [key: string]: unknown;
      } | null;
      masking?: components["schemas"]["HogFunctionMasking"] | null;
      mappings?:
        | {
            [key: string]: unknown;
          }[]
        | null;
      icon_url?: string | null;
      /** @description The template to create the function from (only read on create). */
      template_id?: string | null;
      execution_order?: number | null;
      _create_in_folder?: string;
    };
    /** @description The fields an update may change (PUT or PATCH: the server requires none). `type` cannot change (400 "Cannot modify the type of an existing function") and `template_id` is ignored. `{"deleted": true}` soft-deletes the function (DELETE is refused); `{"deleted": false}` restores it. `base_updated_at` (newer servers) makes the write fail with 409 `stale_update` if the function changed since that time [source: products/cdp/backend/api/hog_function.py @ 00190775]. */
    HogFunctionPatch: {
      type?: components["schemas"]["HogFunctionType"];
      name?: string | null;
      description?: string;
      enabled?: boolean;
      deleted?: boolean;
      hog?: string;
      inputs_schema?: {
        [key: string]: unknown;
      }[];
      inputs?: {
        [key: string]: unknown;
      };
      filters?: {
        [key: string]: unknown;
      } | null;
      masking?: components["schemas"]["HogFunctionMasking"] | null;
      mappings?:
        | {
            [key: string]: unknown;
          }[]
        | null;
      icon_url?: string | null;
      execution_order?: number | null;
      /** Format: date-time */
      base_updated_at?: string;
    };
    /** @description A test run. `configuration` is the function to run (a full function, saved or not); newer servers take `use_draft: true` instead, to test the staged draft. `globals` (or `clickhouse_event`) is the event to run it on. With `mock_async_functions` (the default) `fetch()` and the like are simulated [source: products/cdp/backend/api/hog_function.py @ 00190775, HogFunctionInvocationSerializer]. */
    HogFunctionInvocationRequest: {
      configuration?: components["schemas"]["HogFunctionCreate"];
      use_draft?: boolean;
      globals?: {
        [key: string]: unknown;
      };
      clickhouse_event?: {
        [key: string]: unknown;
      };
      /** @default true */
      mock_async_functions?: boolean;
      invocation_id?: string | null;
    };
    /** @description What the CDP worker answered for the test run, passed through as it is: `status` and the run's `logs`, with more fields depending on the worker's version. A failed run answers with the worker's status and `{"status": "error", "errors": [...]}` (older servers: no `errors`). */
    HogFunctionInvocationResult: {
      status: string;
      logs?: ({
        timestamp?: string;
        level?: string;
        message?: string;
      } & {
        [key: string]: unknown;
      })[];
      errors?: string[];
    } & {
      [key: string]: unknown;
    };
    HogFunctionLogEntry: {
      log_source_id: string;
      instance_id: string;
      /** Format: date-time */
      timestamp: string;
      /** @description Upper case, e.g. `INFO`, `WARN`, `ERROR`, `DEBUG`. */
      level: string;
      message: string;
    };
    /** @description The newest log entries (at most `limit`), wrapped in the viewset's limit/offset page: with the same `limit`, every entry fits in the first page and `next` is null. */
    PaginatedHogFunctionLogEntryList: {
      count: number;
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components["schemas"]["HogFunctionLogEntry"][];
    };
    /** @description One series per metric kind (or name), with a value per `labels` entry. */
    AppMetrics: {
      labels: string[];
      series: {
        name: string;
        values: number[];
      }[];
    };
    AppMetricsTotals: {
      totals: {
        [key: string]: number;
      };
    };
    HogFunctionIcon: {
      /** @description The brand's domain; pass it to `icon/?id=`. */
      id: string;
      name: string;
      url: string;
    };
    /** @description New `execution_order` values, keyed by function id; all of one type. */
    HogFunctionRearrange: {
      orders: {
        [key: string]: number;
      };
    };
    HogFunctionBackfills: {
      batch_export_id: string;
    };
    /** @description How to split a merged person. Give at most one of the two fields; with neither, the first distinct id stays and every other one moves to a new person. */
    PersonSplitRequest: {
      /** @description The distinct id to keep on this person; every other one moves to a new person of its own. */
      main_distinct_id?: string | null;
      /** @description The distinct ids to move off this person (newer servers only); each must be on the person. */
      distinct_ids_to_split?: string[] | null;
    };
    /** @description One property to set on the person. `value` may be any JSON value but null. */
    PersonPropertyUpdate: {
      key: string;
      /** @description The new value (a string, number, boolean, array or object; null is refused). */
      value: unknown;
    };
    PersonsByDistinctIdsRequest: {
      /** @description The distinct ids to look up; only the first 200 are used. */
      distinct_ids: string[];
    };
    /** @description A person as the batch lookup sends it; like `Person`, but with at most 10 distinct ids. */
    MinimalPerson: {
      id: number | null;
      name: string | null;
      distinct_ids: string[];
      properties: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      created_at: string | null;
      /** Format: uuid */
      uuid: string;
      /** Format: date-time */
      last_seen_at?: string | null;
    };
    PersonsByDistinctIds: {
      /** @description The persons found, keyed by the distinct id that was asked for. */
      results: {
        [key: string]: components["schemas"]["MinimalPerson"];
      };
    };
    /** @description Which persons to delete (`ids` or `distinct_ids`, not both; at most 1000) and what else to delete. The flags are read for their truth here (not by presence, unlike the single delete's query flags). */
    PersonBulkDeleteRequest: {
      /** @description PostHog person UUIDs. */
      ids?: string[];
      /** @description Distinct ids whose persons are deleted. */
      distinct_ids?: string[];
      /** @description Also queue the deletion of the persons' events. */
      delete_events?: boolean;
      /** @description Also queue the deletion of the persons' recordings (newer servers). */
      delete_recordings?: boolean;
      /** @description Keep the person records; delete only what the other flags ask for (newer servers). */
      keep_person?: boolean;
    };
    /** @description What a bulk delete found and queued (newer servers; older ones answer 202 with no body). */
    PersonBulkDeleteResult: {
      persons_found: number;
      /** @description 0 when `keep_person` was true. */
      persons_deleted: number;
      events_queued_for_deletion: boolean;
      recordings_queued_for_deletion: boolean;
      deletion_errors?: ({
        person_uuid?: string;
      } & {
        [key: string]: unknown;
      })[];
    };
    /** @description A cohort, as the persons cohorts lookup sends it. Only `id` and `name` are relied on here. */
    CohortMinimal: {
      id: number;
      name?: string | null;
    } & {
      [key: string]: unknown;
    };
    PersonCohorts: {
      results: components["schemas"]["CohortMinimal"][];
    };
    /** @description The legacy actors answer of `persons/lifecycle/` and `persons/stickiness/`. */
    LegacyActorsPeople: {
      results: {
        people: components["schemas"]["SerializedPerson"][];
        count: number;
      }[];
      /** Format: uri */
      next: string | null;
    };
    /** @description The legacy actors answer of `persons/funnel/` and `persons/trends/`: one group of people, `missing_persons` being those counted but not found. */
    LegacyActorsResult: {
      results: {
        people: components["schemas"]["SerializedPerson"][];
        count: number;
      }[];
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      initial?: string | null;
      missing_persons?: number;
      is_cached?: boolean | null;
      last_refresh?: string | null;
    };
    /** @description A person with the properties they had at the time asked for. */
    PersonPropertiesAtTime: {
      id: number;
      name: string;
      distinct_ids: string[];
      properties: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      created_at?: string;
      /** Format: uuid */
      uuid: string;
      /** Format: date-time */
      last_seen_at?: string | null;
      point_in_time_metadata: {
        queried_timestamp: string;
        include_set_once: boolean;
        distinct_id_used?: string | null;
        person_id_used?: string | null;
        /** @enum {string} */
        query_mode: "distinct_id" | "person_id";
        distinct_ids_queried: string[];
        distinct_ids_count: number;
      };
    };
    ResetDistinctIdRequest: {
      distinct_id: string;
    };
    /** @description Insights with their basic fields only. */
    InsightBasicList: components["schemas"]["Insight"][];
    /** @description An insight's basic fields, with how often and by whom it was viewed in the window. */
    TrendingInsight: components["schemas"]["Insight"] & {
      view_count: number;
      viewers: components["schemas"]["UserBasic"][];
    };
    /** @description One page of trending insights; `next` and `previous` are always null. */
    TrendingInsightsPage: {
      count: number;
      next: null;
      previous: null;
      results: components["schemas"]["TrendingInsight"][];
    };
    InsightAnalysis: {
      /** @description The analysis, as text; empty when the insight is not a product-analytics query. */
      result: string;
    };
    /** @description A suggested follow-up query. Its fields depend on PostHog's AI model; not verified. */
    InsightSuggestion: {
      [key: string]: unknown;
    };
    InsightSuggestions: components["schemas"]["InsightSuggestion"][];
    InsightSuggestionsRequest: {
      /** @description Free-form context for the suggestions. */
      context?: unknown;
    } & {
      [key: string]: unknown;
    };
    InsightCancelRequest: {
      /** @description The id the query was started with. */
      client_query_id: string;
    };
    InsightGenerateNameRequest: {
      /** @description The query node to name, for example an `InsightVizNode`. */
      query: {
        [key: string]: unknown;
      };
    };
    /** @description A suggested name (and, on newer servers, description). Not verified against the server code. */
    InsightGeneratedName: {
      name?: string;
      description?: string | null;
    } & {
      [key: string]: unknown;
    };
    InsightViewedRequest: {
      insight_ids: number[];
    };
    /** @description An alert threshold and its alerts. Only `id` is relied on; the other fields are described from the model loosely (not verified). */
    Threshold: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      created_at?: string;
      name?: string | null;
      configuration?: {
        [key: string]: unknown;
      };
      alerts?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
    PaginatedThresholdList: {
      count: number;
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components["schemas"]["Threshold"][];
    };
    /** @description A page of groups. There is no `count`; `next` carries a cursor, and `previous` is always null on newer servers. */
    GroupsPage: {
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous?: string | null;
      results: components["schemas"]["Group"][];
    };
    /** @description A person or a group related to the one asked about, as the legacy actors serializers send it (persons like `SerializedPerson`; groups with `group_type_index` and `group_key`). */
    RelatedActor: {
      /** @enum {string} */
      type: "person" | "group";
      /** @description The person's UUID, or the group's key. */
      id: string;
      created_at?: string | null;
      properties?: {
        [key: string]: unknown;
      };
      group_type_index?: number;
      group_key?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A group type of the project [source: ee/clickhouse/views/groups.py, newest stored version, GroupTypeSerializer with GROUP_TYPE_MAPPING_SERIALIZER_FIELDS]. */
    GroupType: {
      readonly group_type: string;
      readonly group_type_index: number;
      name_singular?: string | null;
      name_plural?: string | null;
      /** @description The id of the dashboard shown on each group's page. */
      detail_dashboard?: number | null;
      default_columns?: string[] | null;
      /** Format: date-time */
      created_at?: string | null;
    };
    GroupTypeIndexBody: {
      group_type_index: number;
    };
    GroupTypeDefaultColumns: {
      group_type_index: number;
      default_columns: string[];
    };
    /** @description New names for one group type. */
    GroupTypeMetadata: {
      group_type_index: number;
      name_singular?: string | null;
      name_plural?: string | null;
    };
    /** @description A usage metric shown on the profiles of a group type [source: ee/clickhouse/views/groups.py, newest stored version, GroupUsageMetricSerializer]. */
    GroupUsageMetric: {
      /** Format: uuid */
      readonly id: string;
      name: string;
      /** @enum {string} */
      format: "numeric" | "currency";
      /** @description The rolling window, in days. */
      interval: number;
      /** @enum {string} */
      display: "number" | "sparkline";
      /** @description An events filter (`events`, `actions`, `properties`, `filter_test_accounts`) or, with `source: "data_warehouse"`, `table_name`, `timestamp_field` and `key_field`. */
      filters: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      math: "count" | "sum";
      math_property?: string | null;
    };
    /** @description A new usage metric. `format`, `interval` (7), `display` and `math` (count) have defaults. */
    GroupUsageMetricCreate: {
      name: string;
      /** @enum {string} */
      format?: "numeric" | "currency";
      interval?: number;
      /** @enum {string} */
      display?: "number" | "sparkline";
      filters: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      math?: "count" | "sum";
      math_property?: string | null;
    };
    GroupUsageMetricPatch: {
      name?: string;
      /** @enum {string} */
      format?: "numeric" | "currency";
      interval?: number;
      /** @enum {string} */
      display?: "number" | "sparkline";
      filters?: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      math?: "count" | "sum";
      math_property?: string | null;
    };
    PaginatedGroupUsageMetricList: {
      count: number;
      /** Format: uri */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components["schemas"]["GroupUsageMetric"][];
    };
  };
  responses: {
    /** @description An error (4xx or 5xx). 401 means no or a bad key (PostHog sends no `WWW-Authenticate`); 403 a missing scope or project access; 404 an unknown project or object; 429 throttling, with a `Retry-After` header in seconds. */
    Error: {
      headers: {
        /** @description Seconds to wait before retrying, sent with 429. */
        "Retry-After"?: number;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "authentication_error",
         *       "code": "permission_denied",
         *       "detail": "API key missing required scope 'insight:read'",
         *       "attr": null
         *     }
         */
        "application/json": components["schemas"]["ErrorBody"];
      };
    };
    /** @description No body. */
    NoContent: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
  };
  parameters: {
    /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
    ProjectId: number | string;
    /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
    FormatJson: "json";
    /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
    FormatCsvOrJson: "csv" | "json";
    /** @description Number of results to return per page. */
    Limit: number;
    /** @description The initial index from which to return the results. */
    Offset: number;
    /** @description How to use cached results: `force_cache` (the default) never computes; `blocking` and `async` compute (synchronously, or in the background, tracked by `query_status`) unless fresh results are cached; `lazy_async` accepts older cached results; `force_blocking` and `force_async` always compute; `true` is the legacy `force_blocking`. Differs from the docs: `async_except_on_cache_miss` is not honoured by the insights endpoints (the server's allow list leaves it out, so it means `force_cache`) [source: posthog/utils.py `refresh_requested_by_client`, newest stored version; posthog/hogql_queries/query_runner.py `execution_mode_from_refresh`]. */
    InsightRefresh:
      "async" | "blocking" | "force_async" | "force_blocking" | "force_cache" | "lazy_async" | true;
    /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
    PersonId: number | string;
    /** @description Entries per page. */
    ActivityLimit: number;
    /** @description The page to return, from 1. */
    ActivityPage: number;
    /** @description Specify the group type to find. */
    GroupTypeIndex: number;
    /** @description Specify the key of the group to find. */
    GroupKey: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type UserBasic = components["schemas"]["UserBasic"];
export type RoleAtOrganization = components["schemas"]["RoleAtOrganization"];
export type ErrorBody = components["schemas"]["ErrorBody"];
export type ActivityLog = components["schemas"]["ActivityLog"];
export type ActivityPage = components["schemas"]["ActivityPage"];
export type SharePassword = components["schemas"]["SharePassword"];
export type SharingConfiguration = components["schemas"]["SharingConfiguration"];
export type SharingPasswordCreate = components["schemas"]["SharingPasswordCreate"];
export type SharingPasswordCreated = components["schemas"]["SharingPasswordCreated"];
export type RestrictionLevel = components["schemas"]["RestrictionLevel"];
export type DashboardCreationMode = components["schemas"]["DashboardCreationMode"];
export type Dashboard = components["schemas"]["Dashboard"];
export type DashboardPatch = components["schemas"]["DashboardPatch"];
export type DashboardTile = components["schemas"]["DashboardTile"];
export type TileError = components["schemas"]["TileError"];
export type DashboardText = components["schemas"]["DashboardText"];
export type MoveTileRequest = components["schemas"]["MoveTileRequest"];
export type CreateFromTemplateJsonRequest = components["schemas"]["CreateFromTemplateJsonRequest"];
export type CreateUnlistedDashboardRequest =
  components["schemas"]["CreateUnlistedDashboardRequest"];
export type DashboardStreamMessage = components["schemas"]["DashboardStreamMessage"];
export type DashboardStreamMetadata = components["schemas"]["DashboardStreamMetadata"];
export type DashboardStreamTile = components["schemas"]["DashboardStreamTile"];
export type DashboardStreamError = components["schemas"]["DashboardStreamError"];
export type DashboardStreamComplete = components["schemas"]["DashboardStreamComplete"];
export type DataColorTheme = components["schemas"]["DataColorTheme"];
export type DataColorThemeCreate = components["schemas"]["DataColorThemeCreate"];
export type DataColorThemePatch = components["schemas"]["DataColorThemePatch"];
export type DashboardBasic = components["schemas"]["DashboardBasic"];
export type PaginatedDashboardBasicList = components["schemas"]["PaginatedDashboardBasicList"];
export type DashboardCreate = components["schemas"]["DashboardCreate"];
export type DashboardSnapshotRequest = components["schemas"]["DashboardSnapshotRequest"];
export type DashboardSnapshot = components["schemas"]["DashboardSnapshot"];
export type DashboardAnalyzeRefreshRequest =
  components["schemas"]["DashboardAnalyzeRefreshRequest"];
export type DashboardAnalyzeRefreshResult = components["schemas"]["DashboardAnalyzeRefreshResult"];
export type DashboardCollaborator = components["schemas"]["DashboardCollaborator"];
export type DashboardCollaboratorCreate = components["schemas"]["DashboardCollaboratorCreate"];
export type Insight = components["schemas"]["Insight"];
export type InsightDashboardTile = components["schemas"]["InsightDashboardTile"];
export type InsightCreate = components["schemas"]["InsightCreate"];
export type PaginatedInsightList = components["schemas"]["PaginatedInsightList"];
export type TrendFilter = components["schemas"]["TrendFilter"];
export type TrendInterval = components["schemas"]["TrendInterval"];
export type TrendSeries = components["schemas"]["TrendSeries"];
export type TrendResult = components["schemas"]["TrendResult"];
export type ClickhouseEvent = components["schemas"]["ClickhouseEvent"];
export type EventPerson = components["schemas"]["EventPerson"];
export type EventElement = components["schemas"]["EventElement"];
export type EventsPage = components["schemas"]["EventsPage"];
export type EventValue = components["schemas"]["EventValue"];
export type EventValues = components["schemas"]["EventValues"];
export type EventValuesPage = components["schemas"]["EventValuesPage"];
export type Person = components["schemas"]["Person"];
export type SerializedPerson = components["schemas"]["SerializedPerson"];
export type PersonsPage = components["schemas"]["PersonsPage"];
export type PersonPropertiesUpdate = components["schemas"]["PersonPropertiesUpdate"];
export type PropertyUnset = components["schemas"]["PropertyUnset"];
export type PropertyDeleteQueued = components["schemas"]["PropertyDeleteQueued"];
export type PropertiesTimeline = components["schemas"]["PropertiesTimeline"];
export type Group = components["schemas"]["Group"];
export type GroupCreate = components["schemas"]["GroupCreate"];
export type GroupFound = components["schemas"]["GroupFound"];
export type GroupPropertyUpdate = components["schemas"]["GroupPropertyUpdate"];
export type GroupPropertiesUpsert = components["schemas"]["GroupPropertiesUpsert"];
export type PropertyCount = components["schemas"]["PropertyCount"];
export type GroupPropertyDefinitions = components["schemas"]["GroupPropertyDefinitions"];
export type GroupPropertyValues = components["schemas"]["GroupPropertyValues"];
export type ExplicitTeamMember = components["schemas"]["ExplicitTeamMember"];
export type MemberLevel = components["schemas"]["MemberLevel"];
export type ExplicitTeamMemberCreate = components["schemas"]["ExplicitTeamMemberCreate"];
export type ExplicitTeamMemberPatch = components["schemas"]["ExplicitTeamMemberPatch"];
export type InsightVariableType = components["schemas"]["InsightVariableType"];
export type InsightVariable = components["schemas"]["InsightVariable"];
export type InsightVariableCreate = components["schemas"]["InsightVariableCreate"];
export type InsightVariablePatch = components["schemas"]["InsightVariablePatch"];
export type PaginatedInsightVariableList = components["schemas"]["PaginatedInsightVariableList"];
export type HogFunctionMinimal = components["schemas"]["HogFunctionMinimal"];
export type HogFunctionTemplate = components["schemas"]["HogFunctionTemplate"];
export type PaginatedHogFunctionMinimalList =
  components["schemas"]["PaginatedHogFunctionMinimalList"];
export type HogFunctionStatus = components["schemas"]["HogFunctionStatus"];
export type HogFunctionType = components["schemas"]["HogFunctionType"];
export type HogFunctionMasking = components["schemas"]["HogFunctionMasking"];
export type HogFunction = components["schemas"]["HogFunction"];
export type HogFunctionCreate = components["schemas"]["HogFunctionCreate"];
export type HogFunctionPatch = components["schemas"]["HogFunctionPatch"];
export type HogFunctionInvocationRequest = components["schemas"]["HogFunctionInvocationRequest"];
export type HogFunctionInvocationResult = components["schemas"]["HogFunctionInvocationResult"];
export type HogFunctionLogEntry = components["schemas"]["HogFunctionLogEntry"];
export type PaginatedHogFunctionLogEntryList =
  components["schemas"]["PaginatedHogFunctionLogEntryList"];
export type AppMetrics = components["schemas"]["AppMetrics"];
export type AppMetricsTotals = components["schemas"]["AppMetricsTotals"];
export type HogFunctionIcon = components["schemas"]["HogFunctionIcon"];
export type HogFunctionRearrange = components["schemas"]["HogFunctionRearrange"];
export type HogFunctionBackfills = components["schemas"]["HogFunctionBackfills"];
export type PersonSplitRequest = components["schemas"]["PersonSplitRequest"];
export type PersonPropertyUpdate = components["schemas"]["PersonPropertyUpdate"];
export type PersonsByDistinctIdsRequest = components["schemas"]["PersonsByDistinctIdsRequest"];
export type MinimalPerson = components["schemas"]["MinimalPerson"];
export type PersonsByDistinctIds = components["schemas"]["PersonsByDistinctIds"];
export type PersonBulkDeleteRequest = components["schemas"]["PersonBulkDeleteRequest"];
export type PersonBulkDeleteResult = components["schemas"]["PersonBulkDeleteResult"];
export type CohortMinimal = components["schemas"]["CohortMinimal"];
export type PersonCohorts = components["schemas"]["PersonCohorts"];
export type LegacyActorsPeople = components["schemas"]["LegacyActorsPeople"];
export type LegacyActorsResult = components["schemas"]["LegacyActorsResult"];
export type PersonPropertiesAtTime = components["schemas"]["PersonPropertiesAtTime"];
export type ResetDistinctIdRequest = components["schemas"]["ResetDistinctIdRequest"];
export type InsightBasicList = components["schemas"]["InsightBasicList"];
export type TrendingInsight = components["schemas"]["TrendingInsight"];
export type TrendingInsightsPage = components["schemas"]["TrendingInsightsPage"];
export type InsightAnalysis = components["schemas"]["InsightAnalysis"];
export type InsightSuggestion = components["schemas"]["InsightSuggestion"];
export type InsightSuggestions = components["schemas"]["InsightSuggestions"];
export type InsightSuggestionsRequest = components["schemas"]["InsightSuggestionsRequest"];
export type InsightCancelRequest = components["schemas"]["InsightCancelRequest"];
export type InsightGenerateNameRequest = components["schemas"]["InsightGenerateNameRequest"];
export type InsightGeneratedName = components["schemas"]["InsightGeneratedName"];
export type InsightViewedRequest = components["schemas"]["InsightViewedRequest"];
export type Threshold = components["schemas"]["Threshold"];
export type PaginatedThresholdList = components["schemas"]["PaginatedThresholdList"];
export type GroupsPage = components["schemas"]["GroupsPage"];
export type RelatedActor = components["schemas"]["RelatedActor"];
export type GroupType = components["schemas"]["GroupType"];
export type GroupTypeIndexBody = components["schemas"]["GroupTypeIndexBody"];
export type GroupTypeDefaultColumns = components["schemas"]["GroupTypeDefaultColumns"];
export type GroupTypeMetadata = components["schemas"]["GroupTypeMetadata"];
export type GroupUsageMetric = components["schemas"]["GroupUsageMetric"];
export type GroupUsageMetricCreate = components["schemas"]["GroupUsageMetricCreate"];
export type GroupUsageMetricPatch = components["schemas"]["GroupUsageMetricPatch"];
export type PaginatedGroupUsageMetricList = components["schemas"]["PaginatedGroupUsageMetricList"];
export type ResponseError = components["responses"]["Error"];
export type ResponseNoContent = components["responses"]["NoContent"];
export type ParameterProjectId = components["parameters"]["ProjectId"];
export type ParameterFormatJson = components["parameters"]["FormatJson"];
export type ParameterFormatCsvOrJson = components["parameters"]["FormatCsvOrJson"];
export type ParameterLimit = components["parameters"]["Limit"];
export type ParameterOffset = components["parameters"]["Offset"];
export type ParameterInsightRefresh = components["parameters"]["InsightRefresh"];
export type ParameterPersonId = components["parameters"]["PersonId"];
export type ParameterActivityLimit = components["parameters"]["ActivityLimit"];
export type ParameterActivityPage = components["parameters"]["ActivityPage"];
export type ParameterGroupTypeIndex = components["parameters"]["GroupTypeIndex"];
export type ParameterGroupKey = components["parameters"]["GroupKey"];
export type $defs = Record<string, never>;
export interface operations {
  environments_dashboards_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Differs from the docs (not listed there): dashboard filters to apply to this answer instead of the saved ones (JSON, e.g. `{"date_from": "-7d"}`); the answer's `filters` shows them, the saved `persisted_filters` stay [source: posthog/api/dashboards/dashboard.py @ 0070176f, get_filters -> filters_override_requested_by_client]. */
        filters_override?: {
          [key: string]: unknown;
        };
        /** @description Differs from the docs (not listed there): variable values to use for this answer (JSON, keyed by variable id) [source: posthog/api/dashboards/dashboard.py @ 0070176f, get_variables -> variables_override_requested_by_client]. */
        variables_override?: {
          [key: string]: unknown;
        };
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dashboard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DashboardPatch"];
      };
    };
    responses: {
      /** @description The updated dashboard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_destroy: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Always. Dashboards are soft-deleted with PATCH `{"deleted": true}`. */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_partial_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DashboardPatch"];
      };
    };
    responses: {
      /** @description The updated dashboard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Differs from the docs (not listed there): dashboard filters to apply to this answer instead of the saved ones (JSON, e.g. `{"date_from": "-7d"}`); the answer's `filters` shows them, the saved `persisted_filters` stay [source: posthog/api/dashboards/dashboard.py @ 0070176f, get_filters -> filters_override_requested_by_client]. */
        filters_override?: {
          [key: string]: unknown;
        };
        /** @description Differs from the docs (not listed there): variable values to use for this answer (JSON, keyed by variable id) [source: posthog/api/dashboards/dashboard.py @ 0070176f, get_variables -> variables_override_requested_by_client]. */
        variables_override?: {
          [key: string]: unknown;
        };
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dashboard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DashboardPatch"];
      };
    };
    responses: {
      /** @description The updated dashboard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_destroy: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Always. Dashboards are soft-deleted with PATCH `{"deleted": true}`. */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_partial_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DashboardPatch"];
      };
    };
    responses: {
      /** @description The updated dashboard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_move_tile_partial_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying the dashboard the tile is on. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MoveTileRequest"];
      };
    };
    responses: {
      /** @description The source dashboard, after the move. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_move_tile_partial_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying the dashboard the tile is on. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MoveTileRequest"];
      };
    };
    responses: {
      /** @description The source dashboard, after the move. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_stream_tiles_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The layout to order tiles by. Unknown values fall back to `sm`. */
        layoutSize?: "sm" | "xs";
        /** @description The same as `layoutSize`, read when that is absent [source: posthog/api/dashboards/dashboard.py @ 0070176f, _get_layout_size_from_request]. */
        layout_size?: "sm" | "xs";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A server-sent event stream. Each message is `data: <JSON>` with one `DashboardStreamMessage`: `metadata`, then `tile` (or `error`) per tile, then `complete`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example data: {"type": "complete"} */
          "text/event-stream": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_stream_tiles_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The layout to order tiles by. Unknown values fall back to `sm`. */
        layoutSize?: "sm" | "xs";
        /** @description The same as `layoutSize`, read when that is absent [source: posthog/api/dashboards/dashboard.py @ 0070176f, _get_layout_size_from_request]. */
        layout_size?: "sm" | "xs";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A server-sent event stream. Each message is `data: <JSON>` with one `DashboardStreamMessage`: `metadata`, then `tile` (or `error`) per tile, then `complete`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example data: {"type": "complete"} */
          "text/event-stream": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_create_from_template_json_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateFromTemplateJsonRequest"];
      };
    };
    responses: {
      /** @description The new dashboard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_create_from_template_json_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateFromTemplateJsonRequest"];
      };
    };
    responses: {
      /** @description The new dashboard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_create_unlisted_dashboard_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateUnlistedDashboardRequest"];
      };
    };
    responses: {
      /** @description The new unlisted dashboard (`creation_mode` is `unlisted`). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      /** @description An unlisted dashboard with this tag already exists. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": "Unlisted dashboard with tag 'llm-analytics' already exists"
           *     }
           */
          "application/json": components["schemas"]["ErrorBody"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_create_unlisted_dashboard_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateUnlistedDashboardRequest"];
      };
    };
    responses: {
      /** @description The new unlisted dashboard (`creation_mode` is `unlisted`). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      /** @description An unlisted dashboard with this tag already exists. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": "Unlisted dashboard with tag 'llm-analytics' already exists"
           *     }
           */
          "application/json": components["schemas"]["ErrorBody"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_sharing_refresh_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sharing configuration with its new access token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingConfiguration"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_sharing_refresh_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sharing configuration with its new access token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingConfiguration"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_data_color_themes_list: {
    parameters: {
      query?: {
        /**
         * @deprecated
         * @description Ignored by the server; every theme is returned.
         */
        limit?: number;
        /**
         * @deprecated
         * @description Ignored by the server; every theme is returned.
         */
        offset?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every theme, in one array. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_data_color_themes_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DataColorThemeCreate"];
      };
    };
    responses: {
      /** @description The new theme. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  data_color_themes_list: {
    parameters: {
      query?: {
        /**
         * @deprecated
         * @description Ignored by the server; every theme is returned.
         */
        limit?: number;
        /**
         * @deprecated
         * @description Ignored by the server; every theme is returned.
         */
        offset?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every theme, in one array. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  data_color_themes_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DataColorThemeCreate"];
      };
    };
    responses: {
      /** @description The new theme. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_events_list: {
    parameters: {
      query?: {
        /** @description Fill each event's `person`. Newer servers send `person: null` without it (they read `true` or `1`); older ones always fill it. */
        include_person?: boolean;
        /** @description Only events matching this action. Undocumented. */
        action_id?: number;
        /** @description Only return events with a timestamp after this time (ISO 8601, or relative such as `-7d`). */
        after?: string | Date;
        /** @description Only return events with a timestamp before this time (ISO 8601, or relative such as `-1h`). */
        before?: string | Date;
        /** @description Filter list by distinct id. */
        distinct_id?: string;
        /** @description Filter list by event. For example `user sign up` or `$pageview`. */
        event?: string;
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
        /** @description The maximum number of results to return (default 100, at most 1000 on newer servers). */
        limit?: number;
        /**
         * @deprecated
         * @description The initial index from which to return the results. Deprecated: newer servers refuse values over 50000. Follow `next` instead.
         */
        offset?: number;
        /** @description Filter list by person id (the person's UUID). */
        person_id?: string;
        /** @description Filter events by event property, person property, cohort, groups and more. A JSON-encoded list of property filters or a property group. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description A JSON-encoded list; `["timestamp"]` orders oldest first, `["-timestamp"]` (the default) newest first. */
        orderBy?: string[];
        /**
         * @deprecated
         * @description (Experimental) JSON-serialized array of HogQL expressions to return. Ignored by newer servers.
         */
        select?: string[];
        /**
         * @deprecated
         * @description (Experimental) JSON-serialized array of HogQL expressions that must pass. Ignored by newer servers.
         */
        where?: string[];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events, newest first unless ordered otherwise; CSV rows with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventsPage"];
          /**
           * @example distinct_id,elements_chain,event,id,properties.$browser,timestamp
           *     user-1,,$pageview,01932b4c-7f3e-7c2a-9d1e-2f6a8b9c0d1e,Chrome,2026-11-20T10:15:00Z
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  events_list: {
    parameters: {
      query?: {
        /** @description Fill each event's `person`. Newer servers send `person: null` without it (they read `true` or `1`); older ones always fill it. */
        include_person?: boolean;
        /** @description Only events matching this action. Undocumented. */
        action_id?: number;
        /** @description Only return events with a timestamp after this time (ISO 8601, or relative such as `-7d`). */
        after?: string | Date;
        /** @description Only return events with a timestamp before this time (ISO 8601, or relative such as `-1h`). */
        before?: string | Date;
        /** @description Filter list by distinct id. */
        distinct_id?: string;
        /** @description Filter list by event. For example `user sign up` or `$pageview`. */
        event?: string;
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
        /** @description The maximum number of results to return (default 100, at most 1000 on newer servers). */
        limit?: number;
        /**
         * @deprecated
         * @description The initial index from which to return the results. Deprecated: newer servers refuse values over 50000. Follow `next` instead.
         */
        offset?: number;
        /** @description Filter list by person id (the person's UUID). */
        person_id?: string;
        /** @description Filter events by event property, person property, cohort, groups and more. A JSON-encoded list of property filters or a property group. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description A JSON-encoded list; `["timestamp"]` orders oldest first, `["-timestamp"]` (the default) newest first. */
        orderBy?: string[];
        /**
         * @deprecated
         * @description (Experimental) JSON-serialized array of HogQL expressions to return. Ignored by newer servers.
         */
        select?: string[];
        /**
         * @deprecated
         * @description (Experimental) JSON-serialized array of HogQL expressions that must pass. Ignored by newer servers.
         */
        where?: string[];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events, newest first unless ordered otherwise; CSV rows with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventsPage"];
          /**
           * @example distinct_id,elements_chain,event,id,properties.$browser,timestamp
           *     user-1,,$pageview,01932b4c-7f3e-7c2a-9d1e-2f6a8b9c0d1e,Chrome,2026-11-20T10:15:00Z
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_events_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Fill the event's `person`. Newer servers send `person: null` without it. */
        include_person?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The event's UUID. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ClickhouseEvent"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  events_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Fill the event's `person`. Newer servers send `person: null` without it. */
        include_person?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The event's UUID. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ClickhouseEvent"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_events_values_retrieve: {
    parameters: {
      query: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The property to list values of. */
        key: string;
        /** @description Only values seen on these events. Repeat it for several; required with a personal API key on newer servers. */
        event_name?: string[];
        /** @description Only values containing this text. */
        value?: string;
        /** @description Treat `key` as an event column rather than a property. */
        is_column?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The values. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventValues"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  events_values_retrieve: {
    parameters: {
      query: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The property to list values of. */
        key: string;
        /** @description Only values seen on these events. Repeat it for several; required with a personal API key on newer servers. */
        event_name?: string[];
        /** @description Only values containing this text. */
        value?: string;
        /** @description Treat `key` as an event column rather than a property. */
        is_column?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The values. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventValues"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_explicit_members_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every explicit member, by level then newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExplicitTeamMember"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_explicit_members_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExplicitTeamMemberCreate"];
      };
    };
    responses: {
      /** @description The new member. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExplicitTeamMember"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  explicit_members_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every explicit member, by level then newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExplicitTeamMember"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  explicit_members_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExplicitTeamMemberCreate"];
      };
    };
    responses: {
      /** @description The new member. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExplicitTeamMember"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_explicit_members_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The member's user UUID, or `@me`. */
        parent_membership__user__uuid: string | "@me";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The member. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExplicitTeamMember"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_explicit_members_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The member's user UUID, or `@me`. */
        parent_membership__user__uuid: string | "@me";
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExplicitTeamMemberPatch"];
      };
    };
    responses: {
      /** @description The updated member. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExplicitTeamMember"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  explicit_members_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The member's user UUID, or `@me`. */
        parent_membership__user__uuid: string | "@me";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The member. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExplicitTeamMember"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  explicit_members_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The member's user UUID, or `@me`. */
        parent_membership__user__uuid: string | "@me";
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExplicitTeamMemberPatch"];
      };
    };
    responses: {
      /** @description The updated member. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExplicitTeamMember"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_list: {
    parameters: {
      query?: {
        /** @description Return only the basic fields of each insight (faster). */
        basic?: boolean;
        /** @description Only insights created by these users. A JSON-encoded array of user ids. */
        created_by?: number[];
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description How to use cached results: `force_cache` (the default) never computes; `blocking` and `async` compute (synchronously, or in the background, tracked by `query_status`) unless fresh results are cached; `lazy_async` accepts older cached results; `force_blocking` and `force_async` always compute; `true` is the legacy `force_blocking`. Differs from the docs: `async_except_on_cache_miss` is not honoured by the insights endpoints (the server's allow list leaves it out, so it means `force_cache`) [source: posthog/utils.py `refresh_requested_by_client`, newest stored version; posthog/hogql_queries/query_runner.py `execution_mode_from_refresh`]. */
        refresh?: components["parameters"]["InsightRefresh"];
        short_id?: string;
        /** @description Only insights whose name, derived name, description or tags match this text, exactly or fuzzily (newer servers say which in `search_match_type`). */
        search?: string;
        /** @description `true`: only saved insights (or insights on a dashboard); `false`: only unsaved ones. */
        saved?: boolean;
        /** @description Only favorited insights. Checked by presence (`favorited=false` filters too), so it only takes `true`. */
        favorited?: true;
        /** @description Only insights created by the caller. Checked by presence, so it only takes `true`. */
        user?: true;
        /** @description Only one kind of insight. `JSON` matches query insights that are not product-analytics or SQL ones; `SQL` matches HogQL insights. */
        insight?:
          | "TRENDS"
          | "FUNNELS"
          | "RETENTION"
          | "PATHS"
          | "STICKINESS"
          | "LIFECYCLE"
          | "JSON"
          | "SQL";
        /** @description Only insights last modified after this date (ISO 8601 or relative, such as `-7d`). */
        date_from?: string | Date;
        /** @description Only insights last modified before this date. */
        date_to?: string | Date;
        /** @description Only insights created after this date. */
        created_date_from?: string | Date;
        /** @description Only insights created before this date. */
        created_date_to?: string | Date;
        /** @description Only insights last viewed after this date. */
        last_viewed_date_from?: string | Date;
        /** @description Only insights last viewed before this date. */
        last_viewed_date_to?: string | Date;
        /** @description Only insights on every one of these dashboards. A JSON-encoded array of dashboard ids. */
        dashboards?: number[];
        /** @description Only insights with any of these tags. A JSON-encoded array of tag names. */
        tags?: string[];
        /** @description Only insights that break down by, or filter on, this feature flag (its key). */
        feature_flag?: string;
        /** @description Only insights that use every one of these events. A JSON-encoded array of event names. */
        events?: string[];
        /** @description Leave out the insights PostHog creates for feature flags. */
        hide_feature_flag_insights?: boolean;
        /** @description The field to sort by, `-` first for descending (for example `-last_modified_at`, or `-last_viewed_at`, which puts never-viewed insights last). Default: the insights' `order`. */
        order?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of insights, or one wide CSV row with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedInsightList"];
          /**
           * @example count,next,previous,results.0.id,results.0.name,results.0.short_id
           *     1,,,42,Weekly signups,aBcD1234
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightCreate"];
      };
    };
    responses: {
      /** @description The new insight. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Insight"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_list: {
    parameters: {
      query?: {
        /** @description Return only the basic fields of each insight (faster). */
        basic?: boolean;
        /** @description Only insights created by these users. A JSON-encoded array of user ids. */
        created_by?: number[];
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description How to use cached results: `force_cache` (the default) never computes; `blocking` and `async` compute (synchronously, or in the background, tracked by `query_status`) unless fresh results are cached; `lazy_async` accepts older cached results; `force_blocking` and `force_async` always compute; `true` is the legacy `force_blocking`. Differs from the docs: `async_except_on_cache_miss` is not honoured by the insights endpoints (the server's allow list leaves it out, so it means `force_cache`) [source: posthog/utils.py `refresh_requested_by_client`, newest stored version; posthog/hogql_queries/query_runner.py `execution_mode_from_refresh`]. */
        refresh?: components["parameters"]["InsightRefresh"];
        short_id?: string;
        /** @description Only insights whose name, derived name, description or tags match this text, exactly or fuzzily (newer servers say which in `search_match_type`). */
        search?: string;
        /** @description `true`: only saved insights (or insights on a dashboard); `false`: only unsaved ones. */
        saved?: boolean;
        /** @description Only favorited insights. Checked by presence (`favorited=false` filters too), so it only takes `true`. */
        favorited?: true;
        /** @description Only insights created by the caller. Checked by presence, so it only takes `true`. */
        user?: true;
        /** @description Only one kind of insight. `JSON` matches query insights that are not product-analytics or SQL ones; `SQL` matches HogQL insights. */
        insight?:
          | "TRENDS"
          | "FUNNELS"
          | "RETENTION"
          | "PATHS"
          | "STICKINESS"
          | "LIFECYCLE"
          | "JSON"
          | "SQL";
        /** @description Only insights last modified after this date (ISO 8601 or relative, such as `-7d`). */
        date_from?: string | Date;
        /** @description Only insights last modified before this date. */
        date_to?: string | Date;
        /** @description Only insights created after this date. */
        created_date_from?: string | Date;
        /** @description Only insights created before this date. */
        created_date_to?: string | Date;
        /** @description Only insights last viewed after this date. */
        last_viewed_date_from?: string | Date;
        /** @description Only insights last viewed before this date. */
        last_viewed_date_to?: string | Date;
        /** @description Only insights on every one of these dashboards. A JSON-encoded array of dashboard ids. */
        dashboards?: number[];
        /** @description Only insights with any of these tags. A JSON-encoded array of tag names. */
        tags?: string[];
        /** @description Only insights that break down by, or filter on, this feature flag (its key). */
        feature_flag?: string;
        /** @description Only insights that use every one of these events. A JSON-encoded array of event names. */
        events?: string[];
        /** @description Leave out the insights PostHog creates for feature flags. */
        hide_feature_flag_insights?: boolean;
        /** @description The field to sort by, `-` first for descending (for example `-last_modified_at`, or `-last_viewed_at`, which puts never-viewed insights last). Default: the insights' `order`. */
        order?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of insights, or one wide CSV row with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedInsightList"];
          /**
           * @example count,next,previous,results.0.id,results.0.name,results.0.short_id
           *     1,,,42,Weekly signups,aBcD1234
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightCreate"];
      };
    };
    responses: {
      /** @description The new insight. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Insight"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_trend_retrieve: {
    parameters: {
      query?: {
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
        /** @description The event series, a JSON-encoded array such as `[{"id": "$pageview"}]`. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The action series, a JSON-encoded array. */
        actions?: {
          [key: string]: unknown;
        }[];
        /** @description An ISO date or a relative date such as `-7d`. */
        date_from?: string | Date;
        date_to?: string | Date;
        interval?: components["schemas"]["TrendInterval"];
        /** @description A property to break the series down by. */
        breakdown?: string;
        display?: string;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        compare?: boolean;
        refresh?: boolean;
        /** @description With `format=csv`, the file name offered in `Content-Disposition`. */
        export_name?: string;
        /** @description With `format=csv`, an insight whose URL is written as the first CSV line. */
        export_insight_id?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trend, or CSV rows `series,<label>...` with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrendResult"];
          /**
           * @example series,1-Nov-2026,2-Nov-2026
           *     Pageview,120,98
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_trend_create: {
    parameters: {
      query?: {
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TrendFilter"];
      };
    };
    responses: {
      /** @description The trend, or CSV rows with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrendResult"];
          /**
           * @example series,1-Nov-2026,2-Nov-2026
           *     Pageview,120,98
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_trend_retrieve: {
    parameters: {
      query?: {
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
        /** @description The event series, a JSON-encoded array such as `[{"id": "$pageview"}]`. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The action series, a JSON-encoded array. */
        actions?: {
          [key: string]: unknown;
        }[];
        /** @description An ISO date or a relative date such as `-7d`. */
        date_from?: string | Date;
        date_to?: string | Date;
        interval?: components["schemas"]["TrendInterval"];
        /** @description A property to break the series down by. */
        breakdown?: string;
        display?: string;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        compare?: boolean;
        refresh?: boolean;
        /** @description With `format=csv`, the file name offered in `Content-Disposition`. */
        export_name?: string;
        /** @description With `format=csv`, an insight whose URL is written as the first CSV line. */
        export_insight_id?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trend, or CSV rows `series,<label>...` with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrendResult"];
          /**
           * @example series,1-Nov-2026,2-Nov-2026
           *     Pageview,120,98
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_trend_create: {
    parameters: {
      query?: {
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TrendFilter"];
      };
    };
    responses: {
      /** @description The trend, or CSV rows with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrendResult"];
          /**
           * @example series,1-Nov-2026,2-Nov-2026
           *     Pageview,120,98
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_sharing_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sharing configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingConfiguration"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_sharing_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sharing configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingConfiguration"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_sharing_passwords_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SharingPasswordCreate"];
      };
    };
    responses: {
      /** @description The new password. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingPasswordCreated"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_sharing_passwords_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SharingPasswordCreate"];
      };
    };
    responses: {
      /** @description The new password. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingPasswordCreated"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_sharing_passwords_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
        /** @description The password's id: the integer `id` of a `share_passwords` entry, written in the path (the route takes any text, and the server looks it up as the integer id) [source: posthog/models/share_password.py: a plain models.Model, so Django's integer auto id; posthog/api/sharing.py @ 011aac22 `delete_password`]. */
        password_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_sharing_passwords_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
        /** @description The password's id: the integer `id` of a `share_passwords` entry, written in the path (the route takes any text, and the server looks it up as the integer id) [source: posthog/models/share_password.py: a plain models.Model, so Django's integer auto id; posthog/api/sharing.py @ 011aac22 `delete_password`]. */
        password_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_sharing_refresh_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sharing configuration with its new access token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingConfiguration"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_sharing_refresh_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sharing configuration with its new access token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingConfiguration"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_list: {
    parameters: {
      query?: {
        /** @description Filter list by distinct id. */
        distinct_id?: string;
        /** @description Filter persons by email (exact match). */
        email?: string;
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
        /** @description Number of results to return per page (default 100). */
        limit?: number;
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description Filter Persons by person properties. A JSON-encoded list of property filters. */
        properties?: {
          [key: string]: unknown;
        }[];
        /** @description Search persons, either by email (full text search) or distinct_id (exact match). */
        search?: string;
        /** @description Add `count`, the total number of matching persons (slower). Undocumented. Differs from the docs: the server checks it by presence (`"include_total" in request.GET`), so `include_total=false` counts too; here it only takes `true`, and leaving it out is the only way to skip the count [source: posthog/api/person.py, newest stored version (properties_at_time, batch_by_distinct_ids, get_throttles)]. */
        include_total?: true;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of persons; CSV rows with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonsPage"];
          /**
           * @example created_at,distinct_ids.0,id,is_identified,name,properties.email,type,uuid
           *     2026-10-01T08:00:00Z,user-1,0192f1a2-3b4c-7d5e-8f60-718293a4b5c6,True,ada@example.com,ada@example.com,person,0192f1a2-3b4c-7d5e-8f60-718293a4b5c6
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_list: {
    parameters: {
      query?: {
        /** @description Filter list by distinct id. */
        distinct_id?: string;
        /** @description Filter persons by email (exact match). */
        email?: string;
        /** @description `json` (the default) for the typed JSON answer, `csv` for a CSV export of the rows (send `Accept: text/csv` too). In CSV, nested fields become dotted columns (`properties.$browser`), lists become indexed columns (`distinct_ids.0`), and the header is the sorted union of the keys. */
        format?: components["parameters"]["FormatCsvOrJson"];
        /** @description Number of results to return per page (default 100). */
        limit?: number;
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description Filter Persons by person properties. A JSON-encoded list of property filters. */
        properties?: {
          [key: string]: unknown;
        }[];
        /** @description Search persons, either by email (full text search) or distinct_id (exact match). */
        search?: string;
        /** @description Add `count`, the total number of matching persons (slower). Undocumented. Differs from the docs: the server checks it by presence (`"include_total" in request.GET`), so `include_total=false` counts too; here it only takes `true`, and leaving it out is the only way to skip the count [source: posthog/api/person.py, newest stored version (properties_at_time, batch_by_distinct_ids, get_throttles)]. */
        include_total?: true;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of persons; CSV rows with `format=csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonsPage"];
          /**
           * @example created_at,distinct_ids.0,id,is_identified,name,properties.email,type,uuid
           *     2026-10-01T08:00:00Z,user-1,0192f1a2-3b4c-7d5e-8f60-718293a4b5c6,True,ada@example.com,ada@example.com,person,0192f1a2-3b4c-7d5e-8f60-718293a4b5c6
           */
          "text/csv": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person; `id` is the integer id here. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Person"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonPropertiesUpdate"];
      };
    };
    responses: {
      /** @description Accepted; the change is applied asynchronously. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_destroy: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description If true, a task to delete all events associated with this person will be created and queued. The task does not run immediately and instead is batched together and at 5AM UTC every Sunday. Omit it to keep the events (any value, `false` included, queues the deletion). */
        delete_events?: true;
        /** @description If true, the person's session recordings are deleted too. Omit it to keep them. Undocumented. */
        delete_recordings?: true;
        /** @description Keep the person record and delete only what the other flags ask for. Newer servers only; checked by presence, so it only takes `true`. */
        keep_person?: true;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the person is deleted and any event deletion queued. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_partial_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonPropertiesUpdate"];
      };
    };
    responses: {
      /** @description Accepted; the change is applied asynchronously. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person; `id` is the integer id here. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Person"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonPropertiesUpdate"];
      };
    };
    responses: {
      /** @description Accepted; the change is applied asynchronously. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_destroy: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description If true, a task to delete all events associated with this person will be created and queued. The task does not run immediately and instead is batched together and at 5AM UTC every Sunday. Omit it to keep the events (any value, `false` included, queues the deletion). */
        delete_events?: true;
        /** @description If true, the person's session recordings are deleted too. Omit it to keep them. Undocumented. */
        delete_recordings?: true;
        /** @description Keep the person record and delete only what the other flags ask for. Newer servers only; checked by presence, so it only takes `true`. */
        keep_person?: true;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the person is deleted and any event deletion queued. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_partial_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonPropertiesUpdate"];
      };
    };
    responses: {
      /** @description Accepted; the change is applied asynchronously. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_activity_retrieve_2: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_activity_retrieve_2: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_delete_property_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PropertyUnset"];
      };
    };
    responses: {
      /** @description The removal was queued. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true
           *     }
           */
          "application/json": components["schemas"]["PropertyDeleteQueued"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_delete_property_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PropertyUnset"];
      };
    };
    responses: {
      /** @description The removal was queued. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true
           *     }
           */
          "application/json": components["schemas"]["PropertyDeleteQueued"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_properties_timeline_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        date_from?: string | Date;
        date_to?: string | Date;
        interval?: components["schemas"]["TrendInterval"];
        /** @description Event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description Action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        breakdown?: string;
        aggregation_group_type_index?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The timeline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PropertiesTimeline"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_properties_timeline_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        date_from?: string | Date;
        date_to?: string | Date;
        interval?: components["schemas"]["TrendInterval"];
        /** @description Event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description Action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        breakdown?: string;
        aggregation_group_type_index?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The timeline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PropertiesTimeline"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_list: {
    parameters: {
      query: {
        /** @description The group type to list (see `GET /api/projects/{project_id}/groups_types/`). */
        group_type_index: number;
        /** @description Only groups whose name or key contains this text. */
        search?: string;
        /** @description Only groups whose key contains this text (case-insensitive; newer servers). */
        group_key?: string;
        /** @description The opaque cursor of a `next` link. An invalid cursor restarts from the first page. */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of groups. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupsPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupCreate"];
      };
    };
    responses: {
      /** @description The new group. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Group"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_list: {
    parameters: {
      query: {
        /** @description The group type to list (see `GET /api/projects/{project_id}/groups_types/`). */
        group_type_index: number;
        /** @description Only groups whose name or key contains this text. */
        search?: string;
        /** @description Only groups whose key contains this text (case-insensitive; newer servers). */
        group_key?: string;
        /** @description The opaque cursor of a `next` link. An invalid cursor restarts from the first page. */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of groups. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupsPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupCreate"];
      };
    };
    responses: {
      /** @description The new group. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Group"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_activity_retrieve: {
    parameters: {
      query: {
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
        /** @description Specify the key of the group to find. */
        group_key: components["parameters"]["GroupKey"];
        /**
         * @deprecated
         * @description Documented as the id of the user to find groups for; ignored by the server.
         */
        id?: string;
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_activity_retrieve: {
    parameters: {
      query: {
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
        /** @description Specify the key of the group to find. */
        group_key: components["parameters"]["GroupKey"];
        /**
         * @deprecated
         * @description Documented as the id of the user to find groups for; ignored by the server.
         */
        id?: string;
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_delete_property_create: {
    parameters: {
      query: {
        /** @description Specify the key of the group to find. */
        group_key: components["parameters"]["GroupKey"];
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PropertyUnset"];
      };
    };
    responses: {
      /** @description The group, without the property. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Group"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_delete_property_create: {
    parameters: {
      query: {
        /** @description Specify the key of the group to find. */
        group_key: components["parameters"]["GroupKey"];
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PropertyUnset"];
      };
    };
    responses: {
      /** @description The group, without the property. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Group"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_find_retrieve: {
    parameters: {
      query: {
        /** @description Specify the key of the group to find. */
        group_key: components["parameters"]["GroupKey"];
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
        /** @description Do not create a notebook for the group (newer servers). */
        skip_create_notebook?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The group. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupFound"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_find_retrieve: {
    parameters: {
      query: {
        /** @description Specify the key of the group to find. */
        group_key: components["parameters"]["GroupKey"];
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
        /** @description Do not create a notebook for the group (newer servers). */
        skip_create_notebook?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The group. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupFound"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_property_definitions_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Property names and counts per group type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupPropertyDefinitions"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_property_definitions_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Property names and counts per group type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupPropertyDefinitions"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_property_values_retrieve: {
    parameters: {
      query: {
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
        /** @description The property to list values of. */
        key: string;
        /** @description Only values containing this text (case-insensitive). */
        value?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The values with their counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupPropertyValues"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_property_values_retrieve: {
    parameters: {
      query: {
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
        /** @description The property to list values of. */
        key: string;
        /** @description Only values containing this text (case-insensitive). */
        value?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The values with their counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupPropertyValues"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_update_property_create: {
    parameters: {
      query: {
        /** @description Specify the key of the group to find. */
        group_key: components["parameters"]["GroupKey"];
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupPropertyUpdate"];
      };
    };
    responses: {
      /** @description The updated group. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Group"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_update_property_create: {
    parameters: {
      query: {
        /** @description Specify the key of the group to find. */
        group_key: components["parameters"]["GroupKey"];
        /** @description Specify the group type to find. */
        group_type_index: components["parameters"]["GroupTypeIndex"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupPropertyUpdate"];
      };
    };
    responses: {
      /** @description The updated group. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Group"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_upsert_properties_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupPropertiesUpsert"];
      };
    };
    responses: {
      /** @description Done. The docs show no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_upsert_properties_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupPropertiesUpsert"];
      };
    };
    responses: {
      /** @description Done. The docs show no body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_list: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description Only dashboards with one of these tags; repeat the parameter for several. */
        tags?: string[];
        /** @description `true` leaves out generated dashboards (named with PostHog's generated prefix). The server compares the text with `true`, so `false` does nothing. */
        exclude_generated?: true;
        /** @description Only dashboards made this way; `unlisted` is the only way to list unlisted ones. */
        creation_mode?: components["schemas"]["DashboardCreationMode"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of dashboards. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedDashboardBasicList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DashboardCreate"];
      };
    };
    responses: {
      /** @description The new dashboard. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_list: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description Only dashboards with one of these tags; repeat the parameter for several. */
        tags?: string[];
        /** @description `true` leaves out generated dashboards (named with PostHog's generated prefix). The server compares the text with `true`, so `false` does nothing. */
        exclude_generated?: true;
        /** @description Only dashboards made this way; `unlisted` is the only way to list unlisted ones. */
        creation_mode?: components["schemas"]["DashboardCreationMode"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of dashboards. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedDashboardBasicList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DashboardCreate"];
      };
    };
    responses: {
      /** @description The new dashboard. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Dashboard"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_snapshot_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DashboardSnapshotRequest"];
      };
    };
    responses: {
      /** @description The key of the stored state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DashboardSnapshot"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_snapshot_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DashboardSnapshotRequest"];
      };
    };
    responses: {
      /** @description The key of the stored state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DashboardSnapshot"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_analyze_refresh_result_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DashboardAnalyzeRefreshRequest"];
      };
    };
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DashboardAnalyzeRefreshResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_analyze_refresh_result_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this dashboard. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DashboardAnalyzeRefreshRequest"];
      };
    };
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DashboardAnalyzeRefreshResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_sharing_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sharing configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingConfiguration"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_sharing_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sharing configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingConfiguration"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_sharing_passwords_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SharingPasswordCreate"];
      };
    };
    responses: {
      /** @description The new password. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingPasswordCreated"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_sharing_passwords_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SharingPasswordCreate"];
      };
    };
    responses: {
      /** @description The new password. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SharingPasswordCreated"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_dashboards_sharing_passwords_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
        password_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_sharing_passwords_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
        password_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_collaborators_list_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every collaborator, in one array. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DashboardCollaborator"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_collaborators_create_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DashboardCollaboratorCreate"];
      };
    };
    responses: {
      /** @description The new collaborator. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DashboardCollaborator"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  dashboards_collaborators_destroy_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        dashboard_id: number;
        /** @description The collaborator's user UUID (not the collaborator's own `id`). */
        user__uuid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_data_color_themes_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The theme. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_data_color_themes_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DataColorThemeCreate"];
      };
    };
    responses: {
      /** @description The updated theme. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_data_color_themes_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_data_color_themes_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DataColorThemePatch"];
      };
    };
    responses: {
      /** @description The updated theme. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  data_color_themes_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The theme. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  data_color_themes_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DataColorThemeCreate"];
      };
    };
    responses: {
      /** @description The updated theme. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  data_color_themes_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  data_color_themes_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A unique integer value identifying this data color theme. */
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DataColorThemePatch"];
      };
    };
    responses: {
      /** @description The updated theme. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DataColorTheme"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_list: {
    parameters: {
      query?: {
        /** @description Exact creation time. */
        created_at?: string | Date;
        /** @description The id of the user who created the function. */
        created_by?: number;
        enabled?: boolean;
        id?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description A search term (name or description). */
        search?: string;
        /** @description Multiple values may be separated by commas. */
        type?: string[];
        /** @description Exact time of the last update. */
        updated_at?: string | Date;
        /** @description Only functions whose `filters` contain this object (a JSON containment match), e.g. `{"source": "events"}`. A value that is not JSON gives 400 with `attr: "filters"`. */
        filters?: {
          [key: string]: unknown;
        };
        /** @description Like `filters`, any of several objects (ORed together with `filters`). Not a JSON array gives 400 with `attr: "filter_groups"`. */
        filter_groups?: {
          [key: string]: unknown;
        }[];
        /** @description `true` returns the full function (inputs, mappings, masking...) for each item; the server compares the text with `true`, so any other value gives the short form. */
        full?: true;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of hog functions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedHogFunctionMinimalList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionCreate"];
      };
    };
    responses: {
      /** @description The new function. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_list: {
    parameters: {
      query?: {
        /** @description Exact creation time. */
        created_at?: string | Date;
        /** @description The id of the user who created the function. */
        created_by?: number;
        enabled?: boolean;
        id?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description A search term (name or description). */
        search?: string;
        /** @description Multiple values may be separated by commas. */
        type?: string[];
        /** @description Exact time of the last update. */
        updated_at?: string | Date;
        /** @description Only functions whose `filters` contain this object (a JSON containment match), e.g. `{"source": "events"}`. A value that is not JSON gives 400 with `attr: "filters"`. */
        filters?: {
          [key: string]: unknown;
        };
        /** @description Like `filters`, any of several objects (ORed together with `filters`). Not a JSON array gives 400 with `attr: "filter_groups"`. */
        filter_groups?: {
          [key: string]: unknown;
        }[];
        /** @description `true` returns the full function (inputs, mappings, masking...) for each item; the server compares the text with `true`, so any other value gives the short form. */
        full?: true;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of hog functions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedHogFunctionMinimalList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionCreate"];
      };
    };
    responses: {
      /** @description The new function. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The function. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionPatch"];
      };
    };
    responses: {
      /** @description The updated function. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Always. Hog functions are soft-deleted with PATCH `{"deleted": true}`. */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionPatch"];
      };
    };
    responses: {
      /** @description The updated function. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The function. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionPatch"];
      };
    };
    responses: {
      /** @description The updated function. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Always. Hog functions are soft-deleted with PATCH `{"deleted": true}`. */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionPatch"];
      };
    };
    responses: {
      /** @description The updated function. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_enable_backfills_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new batch export's id. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunctionBackfills"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_enable_backfills_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new batch export's id. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunctionBackfills"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_invocations_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The function to test, or `new` for one not saved yet (the server runs the given configuration whatever the id; an unknown id counts as `new`). */
        id: string | "new";
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionInvocationRequest"];
      };
    };
    responses: {
      /** @description The test run's result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunctionInvocationResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_invocations_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The function to test, or `new` for one not saved yet (the server runs the given configuration whatever the id; an unknown id counts as `new`). */
        id: string | "new";
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionInvocationRequest"];
      };
    };
    responses: {
      /** @description The test run's result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunctionInvocationResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_logs_retrieve: {
    parameters: {
      query?: {
        /** @description The most entries to return (400 outside 1 to 500). */
        limit?: number;
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description Only entries after this time (ISO 8601). */
        after?: string | Date;
        /** @description Only entries before this time (ISO 8601). */
        before?: string | Date;
        /** @description Only these levels (case-insensitive); repeat the parameter for several. */
        level?: string[];
        /** @description Only entries whose message contains this (case-insensitive). */
        search?: string;
        /** @description Only the entries of this invocation. */
        instance_id?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The log entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedHogFunctionLogEntryList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_logs_retrieve: {
    parameters: {
      query?: {
        /** @description The most entries to return (400 outside 1 to 500). */
        limit?: number;
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description Only entries after this time (ISO 8601). */
        after?: string | Date;
        /** @description Only entries before this time (ISO 8601). */
        before?: string | Date;
        /** @description Only these levels (case-insensitive); repeat the parameter for several. */
        level?: string[];
        /** @description Only entries whose message contains this (case-insensitive). */
        search?: string;
        /** @description Only the entries of this invocation. */
        instance_id?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The log entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedHogFunctionLogEntryList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_metrics_retrieve: {
    parameters: {
      query?: {
        /** @description Start of the range, relative (`-7d`, `-24h`) or ISO 8601. Defaults to `-7d` for the series. */
        after?: string | Date;
        /** @description End of the range, in the same forms. Defaults to now. */
        before?: string | Date;
        /** @description Only one invocation's metrics. */
        instance_id?: string;
        /** @description The bucket of each series value (series only). */
        interval?: "hour" | "day" | "week";
        /** @description Only these metric names, comma-separated (e.g. `succeeded,failed`). */
        name?: string[];
        /** @description Only these metric kinds, comma-separated (e.g. `success,failure`). */
        kind?: string[];
        /** @description Group by metric `name` or `kind`. */
        breakdown_by?: "name" | "kind";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metric series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppMetrics"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_metrics_retrieve: {
    parameters: {
      query?: {
        /** @description Start of the range, relative (`-7d`, `-24h`) or ISO 8601. Defaults to `-7d` for the series. */
        after?: string | Date;
        /** @description End of the range, in the same forms. Defaults to now. */
        before?: string | Date;
        /** @description Only one invocation's metrics. */
        instance_id?: string;
        /** @description The bucket of each series value (series only). */
        interval?: "hour" | "day" | "week";
        /** @description Only these metric names, comma-separated (e.g. `succeeded,failed`). */
        name?: string[];
        /** @description Only these metric kinds, comma-separated (e.g. `success,failure`). */
        kind?: string[];
        /** @description Group by metric `name` or `kind`. */
        breakdown_by?: "name" | "kind";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metric series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppMetrics"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_metrics_totals_retrieve: {
    parameters: {
      query?: {
        /** @description Start of the range, relative (`-7d`, `-24h`) or ISO 8601. Defaults to `-7d` for the series. */
        after?: string | Date;
        /** @description End of the range, in the same forms. Defaults to now. */
        before?: string | Date;
        /** @description Only one invocation's metrics. */
        instance_id?: string;
        /** @description The bucket of each series value (series only). */
        interval?: "hour" | "day" | "week";
        /** @description Only these metric names, comma-separated (e.g. `succeeded,failed`). */
        name?: string[];
        /** @description Only these metric kinds, comma-separated (e.g. `success,failure`). */
        kind?: string[];
        /** @description Group by metric `name` or `kind`. */
        breakdown_by?: "name" | "kind";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The totals. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppMetricsTotals"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_metrics_totals_retrieve: {
    parameters: {
      query?: {
        /** @description Start of the range, relative (`-7d`, `-24h`) or ISO 8601. Defaults to `-7d` for the series. */
        after?: string | Date;
        /** @description End of the range, in the same forms. Defaults to now. */
        before?: string | Date;
        /** @description Only one invocation's metrics. */
        instance_id?: string;
        /** @description The bucket of each series value (series only). */
        interval?: "hour" | "day" | "week";
        /** @description Only these metric names, comma-separated (e.g. `succeeded,failed`). */
        name?: string[];
        /** @description Only these metric kinds, comma-separated (e.g. `success,failure`). */
        kind?: string[];
        /** @description Group by metric `name` or `kind`. */
        breakdown_by?: "name" | "kind";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this hog function. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The totals. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppMetricsTotals"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_icon_retrieve: {
    parameters: {
      query: {
        /** @description The brand's domain, e.g. `slack.com`. */
        id: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The image, with the type logo.dev gave it (`image/png` by default). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/*": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_icon_retrieve: {
    parameters: {
      query: {
        /** @description The brand's domain, e.g. `slack.com`. */
        id: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The image, with the type logo.dev gave it (`image/png` by default). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/*": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_icons_retrieve: {
    parameters: {
      query?: {
        /** @description The brand to look for. */
        query?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching icons. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunctionIcon"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_icons_retrieve: {
    parameters: {
      query?: {
        /** @description The brand to look for. */
        query?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching icons. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunctionIcon"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_hog_functions_rearrange_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionRearrange"];
      };
    };
    responses: {
      /** @description The functions of that type, by execution order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  hog_functions_rearrange_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HogFunctionRearrange"];
      };
    };
    responses: {
      /** @description The functions of that type, by execution order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HogFunction"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insight_variables_list: {
    parameters: {
      query?: {
        /** @description A page number within the paginated result set. */
        page?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of variables. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedInsightVariableList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insight_variables_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightVariableCreate"];
      };
    };
    responses: {
      /** @description The new variable. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightVariable"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insight_variables_list: {
    parameters: {
      query?: {
        /** @description A page number within the paginated result set. */
        page?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of variables. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedInsightVariableList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insight_variables_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightVariableCreate"];
      };
    };
    responses: {
      /** @description The new variable. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightVariable"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insight_variables_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The variable. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightVariable"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insight_variables_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightVariableCreate"];
      };
    };
    responses: {
      /** @description The updated variable. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightVariable"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insight_variables_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insight_variables_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightVariablePatch"];
      };
    };
    responses: {
      /** @description The updated variable. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightVariable"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insight_variables_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The variable. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightVariable"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insight_variables_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightVariableCreate"];
      };
    };
    responses: {
      /** @description The updated variable. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightVariable"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insight_variables_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insight_variables_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description A UUID string identifying this insight variable. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightVariablePatch"];
      };
    };
    responses: {
      /** @description The updated variable. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightVariable"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_split_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PersonSplitRequest"];
      };
    };
    responses: {
      /** @description The split was queued. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true
           *     }
           */
          "application/json": components["schemas"]["PropertyDeleteQueued"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_split_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PersonSplitRequest"];
      };
    };
    responses: {
      /** @description The split was queued. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true
           *     }
           */
          "application/json": components["schemas"]["PropertyDeleteQueued"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_update_property_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonPropertyUpdate"];
      };
    };
    responses: {
      /** @description Accepted; the change is applied asynchronously. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_update_property_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The person's integer id or UUID. Differs from the docs, which allow only the integer. */
        id: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonPropertyUpdate"];
      };
    };
    responses: {
      /** @description Accepted; the change is applied asynchronously. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_activity_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_activity_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_batch_by_distinct_ids_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonsByDistinctIdsRequest"];
      };
    };
    responses: {
      /** @description The persons found, keyed by the distinct id asked for. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonsByDistinctIds"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_batch_by_distinct_ids_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonsByDistinctIdsRequest"];
      };
    };
    responses: {
      /** @description The persons found, keyed by the distinct id asked for. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonsByDistinctIds"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_bulk_delete_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonBulkDeleteRequest"];
      };
    };
    responses: {
      /** @description Accepted. Newer servers say what was found and queued; older ones send no body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonBulkDeleteResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_bulk_delete_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonBulkDeleteRequest"];
      };
    };
    responses: {
      /** @description Accepted. Newer servers say what was found and queued; older ones send no body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonBulkDeleteResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_cohorts_retrieve: {
    parameters: {
      query: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The person's integer id or UUID. */
        person_id: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person's cohorts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonCohorts"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_cohorts_retrieve: {
    parameters: {
      query: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The person's integer id or UUID. */
        person_id: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person's cohorts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonCohorts"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_funnel_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description The step (1-based); negative for the persons who dropped off before it. */
        funnel_step?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_funnel_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TrendFilter"];
      };
    };
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_funnel_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description The step (1-based); negative for the persons who dropped off before it. */
        funnel_step?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_funnel_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TrendFilter"];
      };
    };
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_funnel_correlation_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_funnel_correlation_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TrendFilter"];
      };
    };
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_funnel_correlation_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_funnel_correlation_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TrendFilter"];
      };
    };
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_lifecycle_retrieve: {
    parameters: {
      query: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description The date of the bucket. */
        target_date: string;
        lifecycle_type: "new" | "returning" | "resurrecting" | "dormant";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons of the bucket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsPeople"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_lifecycle_retrieve: {
    parameters: {
      query: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description The date of the bucket. */
        target_date: string;
        lifecycle_type: "new" | "returning" | "resurrecting" | "dormant";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons of the bucket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsPeople"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_properties_at_time_retrieve: {
    parameters: {
      query: {
        /** @description The person's distinct id (not with `person_id`). */
        distinct_id?: string;
        /** @description The person's UUID (not with `distinct_id`). */
        person_id?: string;
        /** @description The point in time, ISO 8601 (for example `2026-06-15T14:30:00Z`). */
        timestamp: string;
        /** @description Apply `$set_once` operations too. */
        include_set_once?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person, with the properties of that time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonPropertiesAtTime"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_properties_at_time_retrieve: {
    parameters: {
      query: {
        /** @description The person's distinct id (not with `person_id`). */
        distinct_id?: string;
        /** @description The person's UUID (not with `distinct_id`). */
        person_id?: string;
        /** @description The point in time, ISO 8601 (for example `2026-06-15T14:30:00Z`). */
        timestamp: string;
        /** @description Apply `$set_once` operations too. */
        include_set_once?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person, with the properties of that time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonPropertiesAtTime"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_reset_person_distinct_id_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResetDistinctIdRequest"];
      };
    };
    responses: {
      /** @description Accepted. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_reset_person_distinct_id_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResetDistinctIdRequest"];
      };
    };
    responses: {
      /** @description Accepted. No body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_stickiness_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description The bucket, in days. */
        stickiness_days?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons of the bucket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsPeople"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_stickiness_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description The bucket, in days. */
        stickiness_days?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons of the bucket. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsPeople"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_trends_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description The series' event name or action id. */
        entity_id?: string;
        entity_type?: "events" | "actions";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_trends_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The legacy filter's event series, JSON-encoded. */
        events?: {
          [key: string]: unknown;
        }[];
        /** @description The legacy filter's action series, JSON-encoded. */
        actions?: {
          [key: string]: unknown;
        }[];
        date_from?: string | Date;
        date_to?: string | Date;
        /** @description Property filters, JSON-encoded. */
        properties?:
          | unknown[]
          | {
              [key: string]: unknown;
            };
        /** @description Only persons whose email, name or distinct id contains this text. */
        search?: string;
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
        /** @description The series' event name or action id. */
        entity_id?: string;
        entity_type?: "events" | "actions";
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons, in the legacy actors shape. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LegacyActorsResult"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_persons_values_retrieve: {
    parameters: {
      query: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The person property, for example `email` or `plan`. */
        key: string;
        /** @description Only values containing this text (case-insensitive). */
        value?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The values. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventValues"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  persons_values_retrieve: {
    parameters: {
      query: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The person property, for example `email` or `plan`. */
        key: string;
        /** @description Only values containing this text (case-insensitive). */
        value?: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The values. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventValues"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description How to use cached results: `force_cache` (the default) never computes; `blocking` and `async` compute (synchronously, or in the background, tracked by `query_status`) unless fresh results are cached; `lazy_async` accepts older cached results; `force_blocking` and `force_async` always compute; `true` is the legacy `force_blocking`. Differs from the docs: `async_except_on_cache_miss` is not honoured by the insights endpoints (the server's allow list leaves it out, so it means `force_cache`) [source: posthog/utils.py `refresh_requested_by_client`, newest stored version; posthog/hogql_queries/query_runner.py `execution_mode_from_refresh`]. */
        refresh?: components["parameters"]["InsightRefresh"];
        /** @description The id of the dashboard the insight is viewed on; its filters and date range apply. */
        from_dashboard?: number;
        /** @description Dashboard-style filters to apply instead of the dashboard's, JSON-encoded. */
        filters_override?: {
          [key: string]: unknown;
        };
        /** @description Values for the insight's SQL variables, JSON-encoded, keyed by variable id. */
        variables_override?: {
          [key: string]: unknown;
        };
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The insight. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Insight"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightCreate"];
      };
    };
    responses: {
      /** @description The insight. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Insight"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_destroy: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Always. Insights are soft-deleted with PATCH `{"deleted": true}`. */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_partial_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightCreate"];
      };
    };
    responses: {
      /** @description The insight. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Insight"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description How to use cached results: `force_cache` (the default) never computes; `blocking` and `async` compute (synchronously, or in the background, tracked by `query_status`) unless fresh results are cached; `lazy_async` accepts older cached results; `force_blocking` and `force_async` always compute; `true` is the legacy `force_blocking`. Differs from the docs: `async_except_on_cache_miss` is not honoured by the insights endpoints (the server's allow list leaves it out, so it means `force_cache`) [source: posthog/utils.py `refresh_requested_by_client`, newest stored version; posthog/hogql_queries/query_runner.py `execution_mode_from_refresh`]. */
        refresh?: components["parameters"]["InsightRefresh"];
        /** @description The id of the dashboard the insight is viewed on; its filters and date range apply. */
        from_dashboard?: number;
        /** @description Dashboard-style filters to apply instead of the dashboard's, JSON-encoded. */
        filters_override?: {
          [key: string]: unknown;
        };
        /** @description Values for the insight's SQL variables, JSON-encoded, keyed by variable id. */
        variables_override?: {
          [key: string]: unknown;
        };
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The insight. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Insight"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightCreate"];
      };
    };
    responses: {
      /** @description The insight. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Insight"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_destroy: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Always. Insights are soft-deleted with PATCH `{"deleted": true}`. */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_partial_update: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightCreate"];
      };
    };
    responses: {
      /** @description The insight. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Insight"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_activity_retrieve_2: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_activity_retrieve_2: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_analyze_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analysis. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightAnalysis"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_analyze_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analysis. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightAnalysis"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_suggestions_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The suggestions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightSuggestions"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_suggestions_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InsightSuggestionsRequest"];
      };
    };
    responses: {
      /** @description The suggestions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightSuggestions"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_suggestions_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The suggestions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightSuggestions"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_suggestions_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The insight's integer id, or its 8-character `short_id` (newer servers; older ones take the integer only). */
        id: number | string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["InsightSuggestionsRequest"];
      };
    };
    responses: {
      /** @description The suggestions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightSuggestions"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_thresholds_list: {
    parameters: {
      query?: {
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of thresholds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedThresholdList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_thresholds_list: {
    parameters: {
      query?: {
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of thresholds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedThresholdList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_thresholds_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
        /** @description The threshold's UUID. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The threshold. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Threshold"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_thresholds_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        insight_id: number;
        /** @description The threshold's UUID. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The threshold. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Threshold"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_activity_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_activity_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description Entries per page. */
        limit?: components["parameters"]["ActivityLimit"];
        /** @description The page to return, from 1. */
        page?: components["parameters"]["ActivityPage"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_cancel_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightCancelRequest"];
      };
    };
    responses: {
      /** @description The cancellation was sent. No body. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_cancel_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightCancelRequest"];
      };
    };
    responses: {
      /** @description The cancellation was sent. No body. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_generate_name_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightGenerateNameRequest"];
      };
    };
    responses: {
      /** @description The suggested name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightGeneratedName"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_generate_name_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightGenerateNameRequest"];
      };
    };
    responses: {
      /** @description The suggested name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightGeneratedName"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_my_last_viewed_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 5 insights, basic fields only. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightBasicList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_my_last_viewed_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 5 insights, basic fields only. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InsightBasicList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_trending_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The window, in days (default 7). */
        days?: number;
        /** @description How many insights (default 10, at most 100). */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trending insights, as one page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrendingInsightsPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_trending_retrieve: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
        /** @description The window, in days (default 7). */
        days?: number;
        /** @description How many insights (default 10, at most 100). */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trending insights, as one page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrendingInsightsPage"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_insights_viewed_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightViewedRequest"];
      };
    };
    responses: {
      /** @description The views were recorded. No body. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  insights_viewed_create: {
    parameters: {
      query?: {
        /** @description The response format. Differs from the docs: only `json` is useful here. This endpoint cannot render CSV (`csv` gets 404, or an empty body on events and persons), and the `txt` that the dashboards docs offer returns the concatenated keys of the JSON object, not text. */
        format?: components["parameters"]["FormatJson"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightViewedRequest"];
      };
    };
    responses: {
      /** @description The views were recorded. No body. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  environments_groups_related_retrieve: {
    parameters: {
      query: {
        /** @description The group type of `id` when it is a group key; omit it for a person. */
        group_type_index?: number;
        /** @description The person's UUID, or the group's key. */
        id: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The related actors. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RelatedActor"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_related_retrieve: {
    parameters: {
      query: {
        /** @description The group type of `id` when it is a group key; omit it for a person. */
        group_type_index?: number;
        /** @description The person's UUID, or the group's key. */
        id: string;
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The related actors. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RelatedActor"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every group type of the project. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupType"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_metrics_list: {
    parameters: {
      query?: {
        /** @description Number of results to return per page. */
        limit?: components["parameters"]["Limit"];
        /** @description The initial index from which to return the results. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of usage metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginatedGroupUsageMetricList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_metrics_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupUsageMetricCreate"];
      };
    };
    responses: {
      /** @description The new usage metric. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupUsageMetric"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_metrics_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
        /** @description The usage metric's UUID. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The usage metric. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupUsageMetric"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_metrics_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
        /** @description The usage metric's UUID. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupUsageMetricCreate"];
      };
    };
    responses: {
      /** @description The usage metric. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupUsageMetric"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_metrics_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
        /** @description The usage metric's UUID. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_metrics_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The group type's index, 0 to 4. */
        group_type_index: number;
        /** @description The usage metric's UUID. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["GroupUsageMetricPatch"];
      };
    };
    responses: {
      /** @description The usage metric. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupUsageMetric"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_create_detail_dashboard_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupTypeIndexBody"];
      };
    };
    responses: {
      /** @description The updated group type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupType"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_set_default_columns_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupTypeDefaultColumns"];
      };
    };
    responses: {
      /** @description The updated group type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupType"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  groups_types_update_metadata_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the project (environment) to act on: its integer id, or `@current` for the key's current project. Any other value gets 404 "Project not found.". Find ids with `GET /api/projects/`. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupTypeMetadata"][];
      };
    };
    responses: {
      /** @description Every group type of the project. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupType"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
}
