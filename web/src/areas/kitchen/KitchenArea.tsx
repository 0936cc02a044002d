import { Route, Routes } from 'react-router';
import { KitchenBoardPage } from './KitchenBoardPage';
import { KitchenRestaurantsPage } from './KitchenRestaurantsPage';
import './kitchen.css';

/** The kitchen (/kitchen/*): pick a restaurant, then run its live queue. */
export default function KitchenArea() {
  return (
    <Routes>
      <Route index element={<KitchenRestaurantsPage />} />
      <Route path=":restaurantId" element={<KitchenBoardPage />} />
    </Routes>
  );
}
