using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OverviewHistoryByCaseIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MetKeyDates_CaseId",
                table: "MetKeyDates");

            migrationBuilder.DropIndex(
                name: "IX_AllocationHistory_CaseId",
                table: "AllocationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_MetKeyDates_CaseId_MetOn_WorkingDaysLate",
                table: "MetKeyDates",
                columns: new[] { "CaseId", "MetOn", "WorkingDaysLate" });

            migrationBuilder.CreateIndex(
                name: "IX_AllocationHistory_CaseId_Role_At_FromUserId",
                table: "AllocationHistory",
                columns: new[] { "CaseId", "Role", "At", "FromUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MetKeyDates_CaseId_MetOn_WorkingDaysLate",
                table: "MetKeyDates");

            migrationBuilder.DropIndex(
                name: "IX_AllocationHistory_CaseId_Role_At_FromUserId",
                table: "AllocationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_MetKeyDates_CaseId",
                table: "MetKeyDates",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AllocationHistory_CaseId",
                table: "AllocationHistory",
                column: "CaseId");
        }
    }
}
