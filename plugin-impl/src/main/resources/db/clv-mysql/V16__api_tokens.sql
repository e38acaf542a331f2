-- API tokens an admin makes for other systems: only the token's SHA-256 is kept (the token is shown once), with
-- its first characters so that a person can tell tokens apart; a revoked token keeps its row for the audit's sake.
CREATE TABLE CLV_API_TOKEN (
    TOKEN_ID          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    TOKEN_NAME        VARCHAR(60)   NOT NULL,
    TOKEN_PREFIX      VARCHAR(12)   NOT NULL,
    TOKEN_SHA256      VARCHAR(64)   NOT NULL,
    SCOPES            VARCHAR(200)  NOT NULL,
    OWNER_PARTY_ID    VARCHAR(20),
    CREATED_BY        VARCHAR(255)  NOT NULL,
    CREATED_AT        DATETIME(6)   NOT NULL,
    LAST_USED_AT      DATETIME(6),
    REVOKED_BY        VARCHAR(255),
    REVOKED_AT        DATETIME(6),
    CONSTRAINT UQ_CLV_API_TOKEN_SHA UNIQUE (TOKEN_SHA256)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
