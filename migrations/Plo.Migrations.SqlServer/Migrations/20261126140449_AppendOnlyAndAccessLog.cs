using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Plo.Infrastructure.Persistence;

#nullable disable

namespace Plo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AppendOnlyAndAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_CaseId_Id",
                table: "AccessLog",
                columns: new[] { "CaseId", "Id" });

            AppendOnlyTables.CreateSqlServerTriggers(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AppendOnlyTables.DropTriggers(migrationBuilder, sqlServer: true);

            migrationBuilder.DropTable(
                name: "AccessLog");
        }
    }
}
