using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OverviewCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Episodes_ClosedOn_Stage",
                table: "Episodes");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_OverviewFacts",
                table: "Episodes",
                columns: new[] { "ClosedOn", "Stage", "CaseId", "Id", "StartDate", "ExpectedEndDate", "Outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Episodes_OverviewFacts",
                table: "Episodes");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_ClosedOn_Stage",
                table: "Episodes",
                columns: new[] { "ClosedOn", "Stage" });
        }
    }
}
