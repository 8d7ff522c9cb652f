/**
 * The audit trail: every read of personal data and every change, who did it, when, why and which
 * records (with their owning state) it touched. Append-only in the database and hash-chained; verified
 * by {@code jsis audit verify}.
 *
 * <p>API: {@link org.jsis.audit.AuditLog#record(AuditEntry)}, called directly inside the transaction of
 * a change, or before a read's response is written; {@link org.jsis.audit.Purpose} for the purpose a
 * request must give. The auditors of a state search the accesses to their state's records at
 * {@code /api/v1/audit/entries}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@org.jspecify.annotations.NullMarked
package org.jsis.audit;
