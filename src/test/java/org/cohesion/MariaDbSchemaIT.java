package org.cohesion;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * MariaDB only: the schema Flyway built is utf8mb4 throughout and Hibernate validated the entities against it.
 * Skipped, with a message saying how to run it, unless the {@code mariadb} profile is active.
 */
@SpringBootTest
class MariaDbSchemaIT {

    static final String SKIPPED = "MariaDB tier skipped: set SPRING_PROFILES_ACTIVE=mariadb and COHESION_DB_URL, "
            + "COHESION_DB_USER, COHESION_DB_PASSWORD (see README)";

    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void onlyOnMariaDb() {
        Assumptions.assumeTrue(Arrays.asList(environment.getActiveProfiles()).contains("mariadb"), SKIPPED);
    }

    @Test
    void connectsToMariaDbWithUtf8mb4() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
        }
        Map<String, Object> session = jdbc.queryForMap(
                "select @@character_set_connection as charset, @@collation_connection as collation");
        assertThat(session).containsEntry("charset", "utf8mb4").containsEntry("collation", "utf8mb4_unicode_ci");
    }

    @Test
    void everyTableAndTextColumnIsUtf8mb4() {
        List<Map<String, Object>> tables = jdbc.queryForList("""
                select table_name, table_collation from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'""");
        assertThat(tables).extracting(t -> String.valueOf(t.get("table_name")))
                .contains("community", "app_user", "app_user_role", "membership", "flyway_schema_history");
        assertThat(tables).allSatisfy(t -> assertThat(String.valueOf(t.get("table_collation")))
                .as("collation of table %s", t.get("table_name")).startsWith("utf8mb4"));

        List<Map<String, Object>> textColumns = jdbc.queryForList("""
                select table_name, column_name, character_set_name, collation_name from information_schema.columns
                where table_schema = database() and character_set_name is not null""");
        assertThat(textColumns).extracting(c -> c.get("table_name") + "." + c.get("column_name"))
                .contains("community.name_zh", "app_user.username", "app_user_role.role",
                        "membership.stakeholder_group");
        assertThat(textColumns).allSatisfy(c -> {
            assertThat(c.get("character_set_name")).as("charset of %s.%s", c.get("table_name"),
                    c.get("column_name")).isEqualTo("utf8mb4");
            assertThat(String.valueOf(c.get("collation_name"))).as("collation of %s.%s", c.get("table_name"),
                    c.get("column_name")).startsWith("utf8mb4");
        });
    }

    @Test
    void flywayMigratedAndHibernateValidatedTheSchema() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 0", Long.class))
                .isZero();
        assertThat(jdbc.queryForList("select version from flyway_schema_history where version is not null",
                String.class)).contains("1");
        assertThat(entityManagerFactory.getMetamodel().getEntities()).extracting(EntityType::getName)
                .contains("Community", "User", "Membership");
    }
}
