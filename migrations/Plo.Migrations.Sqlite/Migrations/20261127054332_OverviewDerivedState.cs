using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OverviewDerivedState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ExtensionCount",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RationaleValidUntil",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            // Cases already stored get the values each unit of work keeps current from now on.
            migrationBuilder.Sql(
                "UPDATE Cases SET "
                + "RationaleValidUntil = (SELECT MAX(r.RevisedDate) FROM DelayRationales r WHERE r.CaseId = Cases.Id), "
                + "ExtensionCount = (SELECT COUNT(*) FROM Extensions x WHERE x.CaseId = Cases.Id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExtensionCount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RationaleValidUntil",
                table: "Cases");
        }
    }
}
