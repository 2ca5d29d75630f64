/**
 * Three small modules for {@code ModularityTests}: {@code orders} reaches into
 * {@code catalog}'s internal package, {@code billing} uses {@code catalog} without
 * declaring it, so {@code verify()} must reject both.
 */
package org.backchannel.modulefixture;
