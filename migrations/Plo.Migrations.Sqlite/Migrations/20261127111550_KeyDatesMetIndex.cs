using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KeyDatesMetIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MetKeyDates_MetOn",
                table: "MetKeyDates");

            migrationBuilder.CreateIndex(
                name: "IX_MetKeyDates_MetOn_WorkingDaysLate_CaseId",
                table: "MetKeyDates",
                columns: new[] { "MetOn", "WorkingDaysLate", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MetKeyDates_MetOn_WorkingDaysLate_CaseId",
                table: "MetKeyDates");

            migrationBuilder.CreateIndex(
                name: "IX_MetKeyDates_MetOn",
                table: "MetKeyDates",
                column: "MetOn");
        }
    }
}
