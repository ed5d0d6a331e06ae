_stackpick() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="stackpick"
                ;;
            stackpick,catalog)
                cmd="stackpick__subcmd__catalog"
                ;;
            stackpick,compare)
                cmd="stackpick__subcmd__compare"
                ;;
            stackpick,completions)
                cmd="stackpick__subcmd__completions"
                ;;
            stackpick,explain)
                cmd="stackpick__subcmd__explain"
                ;;
            stackpick,help)
                cmd="stackpick__subcmd__help"
                ;;
            stackpick,list)
                cmd="stackpick__subcmd__list"
                ;;
            stackpick,recommend)
                cmd="stackpick__subcmd__recommend"
                ;;
            stackpick,show)
                cmd="stackpick__subcmd__show"
                ;;
            stackpick__subcmd__catalog,export)
                cmd="stackpick__subcmd__catalog__subcmd__export"
                ;;
            stackpick__subcmd__catalog,help)
                cmd="stackpick__subcmd__catalog__subcmd__help"
                ;;
            stackpick__subcmd__catalog,validate)
                cmd="stackpick__subcmd__catalog__subcmd__validate"
                ;;
            stackpick__subcmd__catalog__subcmd__help,export)
                cmd="stackpick__subcmd__catalog__subcmd__help__subcmd__export"
                ;;
            stackpick__subcmd__catalog__subcmd__help,help)
                cmd="stackpick__subcmd__catalog__subcmd__help__subcmd__help"
                ;;
            stackpick__subcmd__catalog__subcmd__help,validate)
                cmd="stackpick__subcmd__catalog__subcmd__help__subcmd__validate"
                ;;
            stackpick__subcmd__help,catalog)
                cmd="stackpick__subcmd__help__subcmd__catalog"
                ;;
            stackpick__subcmd__help,compare)
                cmd="stackpick__subcmd__help__subcmd__compare"
                ;;
            stackpick__subcmd__help,completions)
                cmd="stackpick__subcmd__help__subcmd__completions"
                ;;
            stackpick__subcmd__help,explain)
                cmd="stackpick__subcmd__help__subcmd__explain"
                ;;
            stackpick__subcmd__help,help)
                cmd="stackpick__subcmd__help__subcmd__help"
                ;;
            stackpick__subcmd__help,list)
                cmd="stackpick__subcmd__help__subcmd__list"
                ;;
            stackpick__subcmd__help,recommend)
                cmd="stackpick__subcmd__help__subcmd__recommend"
                ;;
            stackpick__subcmd__help,show)
                cmd="stackpick__subcmd__help__subcmd__show"
                ;;
            stackpick__subcmd__help__subcmd__catalog,export)
                cmd="stackpick__subcmd__help__subcmd__catalog__subcmd__export"
                ;;
            stackpick__subcmd__help__subcmd__catalog,validate)
                cmd="stackpick__subcmd__help__subcmd__catalog__subcmd__validate"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        stackpick)
            opts="-h -V --format --json --color --catalog --help --version recommend explain compare show list catalog completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__catalog)
            opts="-h --format --json --color --catalog --help validate export help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__catalog__subcmd__export)
            opts="-h --force --format --json --color --catalog --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__catalog__subcmd__help)
            opts="validate export help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__catalog__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__catalog__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__catalog__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__catalog__subcmd__validate)
            opts="-h --format --json --color --catalog --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__compare)
            opts="-h --format --json --color --catalog --help prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__completions)
            opts="-h --format --json --color --catalog --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__explain)
            opts="-h --product --team --scale --priority --cloud --hosting --require --avoid --prefer --open-source-only --profile --no-input --format --json --color --catalog --help prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --product)
                    COMPREPLY=($(compgen -W "saas ecommerce realtime ai internal-tool content mobile-backend fintech enterprise mvp iot gaming data-pipeline marketplace microservices local-first" -- "${cur}"))
                    return 0
                    ;;
                --team)
                    COMPREPLY=($(compgen -W "express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix javascript typescript python java kotlin csharp go php ruby rust elixir none" -- "${cur}"))
                    return 0
                    ;;
                --scale)
                    COMPREPLY=($(compgen -W "prototype growth large hyperscale" -- "${cur}"))
                    return 0
                    ;;
                --priority)
                    COMPREPLY=($(compgen -W "time-to-market cost performance reliability simplicity hiring security" -- "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -W "aws gcp azure any" -- "${cur}"))
                    return 0
                    ;;
                --hosting)
                    COMPREPLY=($(compgen -W "managed self-hosted serverless any" -- "${cur}"))
                    return 0
                    ;;
                --require)
                    COMPREPLY=($(compgen -W "prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm" -- "${cur}"))
                    return 0
                    ;;
                --avoid)
                    COMPREPLY=($(compgen -W "prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm" -- "${cur}"))
                    return 0
                    ;;
                --prefer)
                    COMPREPLY=($(compgen -W "prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help)
            opts="recommend explain compare show list catalog completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__catalog)
            opts="validate export"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__catalog__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__catalog__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__compare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__explain)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__recommend)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__list)
            opts="-h --for --format --json --color --catalog --help language runtime framework frontend database cache orm api auth jobs messaging hosting web-server ci-cd iac observability testing tooling"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --for)
                    COMPREPLY=($(compgen -W "saas ecommerce realtime ai internal-tool content mobile-backend fintech enterprise mvp iot gaming data-pipeline marketplace microservices local-first" -- "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__recommend)
            opts="-h --product --team --scale --priority --cloud --hosting --require --avoid --prefer --open-source-only --profile --no-input --top --save-profile --force --format --json --color --catalog --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --product)
                    COMPREPLY=($(compgen -W "saas ecommerce realtime ai internal-tool content mobile-backend fintech enterprise mvp iot gaming data-pipeline marketplace microservices local-first" -- "${cur}"))
                    return 0
                    ;;
                --team)
                    COMPREPLY=($(compgen -W "express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix javascript typescript python java kotlin csharp go php ruby rust elixir none" -- "${cur}"))
                    return 0
                    ;;
                --scale)
                    COMPREPLY=($(compgen -W "prototype growth large hyperscale" -- "${cur}"))
                    return 0
                    ;;
                --priority)
                    COMPREPLY=($(compgen -W "time-to-market cost performance reliability simplicity hiring security" -- "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -W "aws gcp azure any" -- "${cur}"))
                    return 0
                    ;;
                --hosting)
                    COMPREPLY=($(compgen -W "managed self-hosted serverless any" -- "${cur}"))
                    return 0
                    ;;
                --require)
                    COMPREPLY=($(compgen -W "prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm" -- "${cur}"))
                    return 0
                    ;;
                --avoid)
                    COMPREPLY=($(compgen -W "prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm" -- "${cur}"))
                    return 0
                    ;;
                --prefer)
                    COMPREPLY=($(compgen -W "prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --top)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --save-profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        stackpick__subcmd__show)
            opts="-h --format --json --color --catalog --help prisma drizzle sequelize typeorm mongoose kysely sqlalchemy django-orm sqlmodel hibernate spring-data-jpa jooq exposed entity-framework-core dapper eloquent doctrine active-record gorm sqlc ent sqlx diesel sea-orm ecto celery cron sidekiq bullmq rq dramatiq hangfire solid-queue oban temporal asynq river procrastinate jobrunr symfony-messenger amazon-msk azure-event-hubs google-cloud-managed-kafka confluent-cloud mongodb cassandra scylladb dynamodb cosmos-db redis valkey elasticsearch opensearch meilisearch clickhouse influxdb neo4j qdrant pinecone weaviate milvus couchdb postgresql mysql mariadb sql-server azure-sql-database oracle-database sqlite cockroachdb yugabytedb google-spanner amazon-aurora supabase firebase neon planetscale planetscale-postgres turso pocketbase timescaledb duckdb memcached dragonfly varnish express nestjs fastify nextjs hono adonisjs django flask fastapi spring-boot quarkus micronaut ktor aspnet-core laravel symfony wordpress rails sinatra gin echo fiber chi axum actix-web phoenix react vue angular svelte aws google-cloud azure heroku google-app-engine azure-app-service aws-elastic-beanstalk fly-io render railway digitalocean-app-platform aws-lambda azure-functions google-cloud-functions vercel netlify cloudflare-workers kubernetes docker aws-ecs-fargate google-cloud-run azure-container-apps amazon-eks google-gke azure-aks rabbitmq kafka nats aws-sqs amazon-sns google-pubsub azure-service-bus google-cloud-tasks azure-queue-storage cloudflare-queues redpanda javascript typescript python java kotlin csharp go php ruby rust elixir nodejs bun deno dotnet jvm beam rest graphql grpc soap websocket trpc jwt oauth2 openid-connect bcrypt argon2 auth0 keycloak aws-cognito clerk microsoft-entra-id microsoft-entra-external-id nginx apache-httpd iis caddy traefik haproxy envoy github-actions gitlab-ci circleci jenkins travis-ci azure-pipelines argo-cd terraform opentofu ansible pulumi aws-cloudformation aws-cdk azure-bicep prometheus grafana elk-stack datadog sentry new-relic opentelemetry grafana-loki jaeger honeycomb google-cloud-observability aws-cloudwatch azure-monitor jest mocha vitest pytest unittest junit selenium jmeter loadrunner playwright cypress k6 testcontainers xunit rspec minitest phpunit go-test cargo-test exunit vscode jetbrains postman insomnia git github gitlab bitbucket npm pip composer webpack gulp grunt uv maven gradle nuget cargo vite pnpm"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --catalog)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _stackpick -o nosort -o bashdefault -o default stackpick
else
    complete -F _stackpick -o bashdefault -o default stackpick
fi
