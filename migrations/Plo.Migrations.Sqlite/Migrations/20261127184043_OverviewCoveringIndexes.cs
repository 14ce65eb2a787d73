using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plo.Migrations.Sqlite.Migrations
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

            // Written by hand: the case's columns the overview's summary reads (RAG inputs, key date, worker,
            // reference), so that the read never visits the case's row. The model cannot say it (an index cannot
            // span the case's owned types); SQL Server needs none (its clustered key already holds every column).
            // A later migration that rebuilds the Cases table must create it again: OverviewIndexTests says so.
            migrationBuilder.Sql(
                """
                CREATE INDEX "IX_Cases_OverviewFacts" ON "Cases" (
                    "Id", "Reference", "SocialWorkerId", "NextKeyDateDue", "RationaleValidUntil", "SupervisionDueOn",
                    "ReassessmentDueSince", "ExtensionCount");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Cases_OverviewFacts";""");

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
